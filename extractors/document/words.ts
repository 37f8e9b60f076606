// Word tables of the document-field extractors, from the genre (GENRE.md): kinds, the parts of
// the 版头 and 版记, the labels of the addressee and distribution lists.

/**
 * 文种: the fifteen of the 2012 regulation and those used in practice. The kind is the last
 * word(s) of the title; longer entries are tried first (`复函` before `函`).
 */
export const KINDS = [
  '政府工作报告', '工作动态', '会议纪要',
  '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案',
  '纪要', '方案', '计划', '规划', '办法', '细则', '要点', '答复', '复函', '简报', '纲要', '规定', '条例',
  '规则', '函',
];

/** Kinds as the title's last words, longest first. */
export const KINDS_BY_LENGTH = [...KINDS].sort((a, b) => b.length - a.length);

/**
 * Trailing notes a title may carry after its kind: `办法（试行）`, `规划（草案）`,
 * `行动计划（2018—2020年）`, `目录（2024年版）`.
 */
export const TITLE_TRAILERS =
  /[（(](?:试行|暂行|草案|征求意见稿|送审稿|修订|修订稿|修正|代拟稿|讨论稿|节选|摘要|全文|(?:19|20)\d{2}(?:年)?(?:[—–\-－~～至到](?:19|20)\d{2}年?)?(?:版|修订|修正)?)[）)]$/u;

/** Dashes and bullets a web page sets before a title or headline: never part of it. */
export const TITLE_DECORATION = /^[—–－\-─━·•●◆■★※\s]+/u;

/** A title shorter than this is taken for a menu item or label, not a document's title. */
export const MIN_TITLE_LENGTH = 6;
export const MAX_TITLE_LENGTH = 120;

/**
 * Bracket pairs a line of the header never ends inside: a break between them is a column's
 * wrap (`国函〔1997` / `〕46号`, `印发《…实施` / `方案》的通知`). Opener first; copies mix the
 * widths of round brackets (`（…)`).
 */
export const UNBROKEN_PAIRS = ['〔〕', '［］', '[]', '﹝﹞', '（）', '()', '（)', '(）', '《》', '“”'];

/**
 * Words that bind to the word before them and so never open a sentence or a headline's next
 * line: a line opening with one continues the line above (`…百年奋斗目标` / `之后，乘势而上…`).
 */
export const CONTINUATION_OPENERS = ['之后', '之前', '之间', '之中', '以来', '以后', '的'];

/** The 发文机关标志 ends with 文件 (`楚雄彝族自治州人民政府扶贫开发办公室文件`). */
export const MASTHEAD_SUFFIX = '文件';

/** 紧急程度 and 密级 marks printed above the masthead: never part of it. */
export const HEADER_MARKS = ['特急', '加急', '特提', '平急', '急件', '绝密', '机密', '秘密', '内部', '内部资料', '内部文件'];

/** Words between the issuer and the subject of a title: `X关于…`, `X印发《…》的通知`. */
export const TITLE_LINKS = ['关于', '印发', '转发', '批转', '发布', '颁布', '公布'];

/** Verbs of a notice that issues another document (`关于印发《X》的通知`). */
export const ISSUING_VERBS = ['印发', '转发', '批转', '发布', '颁布', '颁发', '下发', '公布'];

/**
 * Last characters of the name of a body (issuer, signature, addressee): 政府, 办公厅, 委员会,
 * 局, 领导小组, … and joint forms such as `等4部门`.
 */
export const BODY_ENDINGS = [
  '政府', '办公厅', '办公室', '委员会', '常委会', '领导小组', '小组', '中心', '公司', '集团', '协会', '联合会',
  '法院', '检察院', '学院', '大学', '研究院', '研究所', '部门', '单位', '机构', '党委', '党组', '工委', '纪委',
  '人大', '政协', '总局', '管委会', '指挥部', '专家组',
  '局', '厅', '部', '委', '院', '办', '署', '处', '科', '所', '站', '队', '会', '行', '社', '馆', '室', '组', '司',
  '国务院', '中共中央', '省委', '市委', '州委', '县委', '区委',
];

/** Labels of the 版记 distribution lists: 抄送 (current), 报/送/发 (older bulletins). */
export const COPY_LABELS = ['抄送', '抄报', '分送', '报', '送', '发'];
/** The labels of an older bulletin's distribution (GENRE.md, 版记), and the kind they mark. */
export const BULLETIN_LABELS = ['报', '送', '发'];
export const BULLETIN_KIND = '简报';
/** The 版记 is looked for in this many last lines of the document. */
export const COPY_WINDOW = 40;
/** Label of the 主送 line when it is written out (`主送：…`), as in a 版记. */
export const RECIPIENT_LABEL = '主送';

/** Last words of addressees that are not bodies' names: people and groups of bodies. */
export const ADDRESSEE_ENDINGS = [
  '代表', '委员', '同志', '先生', '女士', '单位', '部门', '机构', '企业', '院校', '学校', '组织', '成员', '各位', '团体',
];

/** Labels that end with a colon after a title without being the 主送 line (attachments, page metadata). */
export const NOT_RECIPIENTS = [
  '附件', '来源', '发布日期', '发布时间', '成文日期', '索引号', '发文字号', '文号', '发文机关', '发布机构', '主题分类',
  '主题词', '关键词', '标题', '作者', '字号', '浏览次数', '联系人', '联系电话',
];

/** `（共印 N 份）` */
export const PRINT_COUNT = /[（(]?共印\s*([0-9零〇一二三四五六七八九十百千万两]+)\s*份[）)]?/u;

/** The 版记 line of the printing office and date: `XX办公室 2018年9月13日印发`. */
export const PRINTED_WORDS = ['印发', '印'];

/** Notes that may follow the date of issue on its line: `（此件公开发布）`, `（本文有删减）`. */
export const DATE_LINE_NOTES = /^[（(][^）)]{1,20}[）)]$/u;

/** `列第一位者为牵头单位`: the document's own rule that the first body of a block leads. */
export const FIRST_LISTED_LEADS = /(?:列|排|排列|排名)(?:在)?(?:第一|首)位(?:者|的)?\p{Script=Han}{0,4}?(?:为|是)牵头(?:单位|部门)/u;

/** Who a government work report is delivered for: `我代表省人民政府，向大会报告`, `受市人民政府委托，我向大会报告`. */
export const REPORT_DELIVERED_FOR = /(?:我代表|受)(\p{Script=Han}{2,20}?(?:人民政府|政府|国务院))(?:委托)?[，,]?我?向(?:大会|全会|会议)/u;

/** A work report named with its government in running text (`省长X同志作山东省人民政府工作报告`). */
export const REPORT_NAMED = /(?<!工)[作做](\p{Script=Han}{2,20}?(?:人民政府|政府))工作报告/u;

/** The kind of a text that REPORT_DELIVERED_FOR or REPORT_NAMED shows to be a work report. */
export const REPORT_KIND = '政府工作报告';

/** What the title of a work report ends with after its government (`山东省人民政府工作报告`). */
export const REPORT_TITLE_ENDING = '工作报告';

/**
 * Endings of a headline that is a whole title without a kind: a bulletin on progress
 * (`2020年1-11月份…目标任务完成情况`). Taken only for a document's first line.
 */
export const HEADLINE_ENDINGS = ['情况'];

/** Posts of a speaker who reads a report at a meeting, after the body (`省审计厅厅长`, `财政厅副厅长`). */
export const SPEAKER_POSTS = [
  '厅长', '局长', '主任', '部长', '省长', '市长', '州长', '县长', '区长', '主席', '审计长', '秘书长', '院长', '检察长',
  '署长', '司长', '行长', '书记',
];

/** A speaker's line: body, post (`副`, `代` before it), a person's name of 2–4 characters. */
export const SPEAKER_LINE = new RegExp(
  `^(\\p{Script=Han}{2,30}?)(?:副|代|代理)?(?:${SPEAKER_POSTS.join('|')})[\\s\\u3000]*\\p{Script=Han}{2,4}$`, 'u',
);

/** The congress a work report is delivered to names the region: `在贵州省第十四届人民代表大会…`. */
export const REPORT_CONGRESS = /在(\p{Script=Han}{2,12}?(省|自治区|市|州|盟|县|区|旗))第[一二三四五六七八九十]+届人民代表大会/u;

/** Lines of page chrome and citation headers above a web or database copy's title. */
export const CHROME_LINE = /^(?:【[^】]*】|[^：:]{1,8}[：:]|https?:\/\/)/u;

/**
 * Labels of the metadata table government sites print above a document (`索引号 | … | 名称: | …`),
 * by the field of the document each gives. Read only when the text itself does not give the field.
 * 发布日期/公开日期 are the web page's publication dates, not the date of issue: page labels.
 */
export const METADATA_FIELD_LABELS = {
  title: ['名称', '标题', '文件名称', '信息名称'],
  docNumber: ['文号', '发文字号', '发文编号'],
  issuer: ['发文机关', '发文机构', '发文单位', '发布机构', '发布单位', '制发机关'],
  issuedOn: ['成文日期', '发文日期', '印发日期', '签发日期'],
} as const;

/** The bullet a page may set before each row of the table when it is copied as a list (`-索引号…`). */
export const METADATA_BULLET = /[-·•‐]/u;

/** Labels of the same table that describe the web page, not the document. */
export const METADATA_PAGE_LABELS = [
  '索引号', '分类', '主题分类', '体裁分类', '组配分类', '信息分类', '服务对象', '公开方式', '公开类型', '公开属性',
  '公开范围', '公开期限', '公开日期', '公开时限', '发布日期', '发布时间', '生效日期', '实施日期', '废止日期', '失效日期',
  '有效性', '时效性', '统一编号', '主题词', '关键词', '信息来源', '来源', '浏览次数', '访问量', '所属机构', '文件类型',
];
