// Word tables of the responsibility blocks (GENRE.md "Who answers for what"). Data only.

export type Role = 'leaders' | 'leadUnits' | 'responsibleUnits' | 'deadline';

/** Field labels, written `LABEL：value`, and the role their value fills. */
export const ROLE_LABELS: Readonly<Record<string, Role>> = {
  牵头领导: 'leaders',
  责任领导: 'leaders',
  分管领导: 'leaders',
  牵头市领导: 'leaders',
  牵头州领导: 'leaders',
  牵头县领导: 'leaders',
  牵头省领导: 'leaders',
  责任人: 'leaders',
  包保领导: 'leaders',
  联系领导: 'leaders',
  挂联领导: 'leaders',
  牵头单位: 'leadUnits',
  牵头部门: 'leadUnits',
  牵头考核单位: 'leadUnits',
  牵头责任单位: 'leadUnits',
  主责单位: 'leadUnits',
  主责部门: 'leadUnits',
  责任单位: 'responsibleUnits',
  责任部门: 'responsibleUnits',
  主要责任单位: 'responsibleUnits',
  其他责任单位: 'responsibleUnits',
  协同单位: 'responsibleUnits',
  协同部门: 'responsibleUnits',
  责任主体: 'responsibleUnits',
  配合单位: 'responsibleUnits',
  配合部门: 'responsibleUnits',
  协办单位: 'responsibleUnits',
  协作单位: 'responsibleUnits',
  参与单位: 'responsibleUnits',
  参与部门: 'responsibleUnits',
  责任科室: 'responsibleUnits',
  实施单位: 'responsibleUnits',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时间节点: 'deadline',
  时限要求: 'deadline',
  办结时限: 'deadline',
};

/** Labels of the bodies that answer (not those that assist): where the first listed leads, it leads here. */
export const ANSWERING_LABELS: readonly string[] = ['责任单位', '责任部门', '责任主体', '主要责任单位'];

/**
 * Verbs that close a body list in the running forms `（X牵头，Y配合）`, `（X、Y负责）`.
 * `lead`: the list leads; `respond`: it answers (or leads, when the document says the first listed leads);
 * `assist`: it assists; `guide`: it guides (`（X、Y指导）` → responsible, whoever leads).
 */
export const ROLE_VERBS: Readonly<Record<string, 'lead' | 'respond' | 'assist' | 'guide'>> = {
  牵头负责: 'lead',
  牵头落实: 'lead',
  牵头: 'lead',
  具体负责: 'respond',
  负责落实: 'respond',
  负责: 'respond',
  落实: 'respond',
  指导: 'guide',
  配合: 'assist',
  参与: 'assist',
  参加: 'assist',
  协助: 'assist',
  协办: 'assist',
  共同参与: 'assist',
};

/**
 * Words that open a sentence about the tasks, never part of a body's name: a labelled list ends
 * before a piece holding one (`责任单位：X、Y，以下任务均需各区落实，不再一一列出`).
 */
export const CLAUSE_CUES: readonly string[] = [
  '以下', '上述', '下同', '均需', '均要', '均由', '不再', '一一', '其中', '确保', '做好', '加强',
];

/** `X会同Y负责`: X leads, Y answers. */
export const JOINT_VERBS: readonly string[] = ['会同', '协同'];
/** In running text only the official 会同 is sure: `协同推进`, `联合创办` are ordinary verbs there. */
export const RUNNING_JOINT_VERBS: readonly string[] = ['会同'];

/** What may stand between the actor and 会同/牵头: `X要会同Y…`, `X将会同Y…`, `X将牵头…`. */
export const RUNNING_MODALS: readonly string[] = ['将要', '要', '将', '应', '须', '需'];

/** Running text: `由X牵头，Y配合` and `由X负责` (GENRE.md "in running text"). */
export const RUNNING_ASSIST_VERBS: readonly string[] = ['共同参与', '配合', '参与', '参加', '协助'];
export const RUNNING_RESPOND_VERBS: readonly string[] = ['具体负责', '负责'];

/**
 * Verbs that may follow the body list of `X会同Y…` and `X要牵头…`: where the list ends and the task
 * begins (`人民银行要会同金融监管总局建立…`, `X会同Y、Z等有关部门加强…`).
 */
export const RUNNING_TASK_VERBS: readonly string[] = [
  '负责', '研究', '共同', '制定', '制订', '提出', '落实', '推进', '组织', '开展', '建立', '健全', '加强',
  '完善', '做好', '抓好', '抓紧', '出台', '指导', '推动', '编制', '督促', '统筹', '实施', '加快', '起草',
  '部署', '细化', '明确', '搭建', '印发', '发布', '修订', '评估', '监测', '加大', '进一步', '切实', '及时',
];

/**
 * Words opening a sentence that make its subject no actor: `鼓励龙头企业牵头组建…` encourages, it
 * does not assign.
 */
export const NOT_ACTOR_OPENERS: readonly string[] = [
  '鼓励', '支持', '引导', '推动', '推进', '探索', '对', '在', '按照', '根据', '依托', '围绕', '通过', '请',
  '加快', '积极', '充分', '发挥', '允许', '提倡', '动员', '要', '由',
];

/** Words between a body list and its verb, or after a list, that name no body. */
export const FILLER_SUFFIXES: readonly string[] = [
  '按职责分工', '按照职责分工', '按职能分工', '按职责', '根据职责', '分别', '共同', '各自', '等',
];

/** `X等有关部门和单位`: the tail after 等 is a summary, not a body (gold 国发〔2018〕39号). */
export const ETC = '等';

/** What may follow the date of a deadline piece in a bracketed block (`6月底完成`, `2018年底前出台`). */
export const DEADLINE_VERBS: readonly string[] = [
  '前完成', '底完成', '完成', '前', '办结', '落实到位', '出台', '见效', '启动', '建成', '实现', '到位',
];

/** `市教育局（牵头）` inside a list: that body leads. */
export const LEAD_MARK = /[（(]牵头(?:单位|部门)?[）)]$/u;

/** Pieces that may sit in a block and carry no role. */
export const BLOCK_FILLERS: readonly RegExp[] = [
  /^下同$/,
  /^(?:长期|持续)(?:坚持|推进|实施)$/,
];

/** The document says once that the body listed first leads (`列第一位者为牵头单位，下同`). */
export const FIRST_LISTED_LEADS: readonly RegExp[] = [
  /(?:列|排)(?:在)?第一(?:位|个)?(?:者|的|单位|部门)?为牵头(?:单位|部门)/u,
  /第一(?:个|位)?(?:单位|部门)为牵头(?:单位|部门)/u,
  /首列(?:单位|部门)?为牵头(?:单位|部门)/u,
];

/**
 * Written once before `、政府`: `武定县党委、政府` → 武定县党委, 武定县政府. A bare list element from this
 * table takes the prefix of the element before it, when that element ends with a word of the table.
 */
export const SHARED_PREFIX_WORDS: readonly string[] = [
  '党委', '政府', '人大', '政协', '纪委', '监委', '党工委', '管委会',
  '区委', '区政府', '县委', '县政府', '市委', '市政府', '州委', '州政府', '省委', '省政府',
  '乡党委', '镇党委', '乡政府', '镇政府',
];

/**
 * `县委、县人民政府督查室`: an office written once after the government is the party committee's
 * too (县委督查室, 县人民政府督查室). A bare committee (ending in one of `PARTY_COMMITTEES`) takes
 * the office that follows the government word (`GOVERNMENT_WORDS`) of the next item.
 */
export const PARTY_COMMITTEES: readonly string[] = ['省委', '市委', '州委', '县委', '区委', '旗委', '党委', '党工委'];
export const GOVERNMENT_WORDS: readonly string[] = ['人民政府', '政府'];
/** The offices shared that way: a tail longer than this names more than an office. */
export const SHARED_OFFICE_MAX = 5;

/**
 * Generic words for a kind of body, written once after a shared prefix: `市直有关部门、单位` →
 * 市直有关部门, 市直有关单位. A bare one takes the prefix of the element before it when that element
 * ends with a word of this table (kept apart from the organs above: `县委、单位` shares nothing).
 */
export const GENERIC_BODY_WORDS: readonly string[] = [
  '部门', '单位', '机构', '企业', '组织', '团体', '人民团体', '事业单位', '国有企业',
];

/** Last characters of the name of a body (an office, a government, a company …). */
export const BODY_SUFFIXES: readonly string[] = [
  '部', '委', '局', '厅', '办', '署', '会', '院', '行', '关', '社', '所', '站', '队', '台', '馆', '校',
  '中心', '政府', '镇街', '党委', '单位', '部门', '机构', '集团', '公司', '小组', '专班', '组', '室', '处', '科',
  '联', '协', '盟', '团', '军', '司', '中央', '国务院', '机关', '企业', '街道', '园区', '景区', '开发区',
  '省', '市', '州', '县', '区', '镇', '乡', '村', '旗', '地',
];

/**
 * A body named by its level and its work, without a body's ending (`省级财政`, `各级审计`,
 * `市县财政`): the level's offices of that work. (`中央财政`, `地方财政` name money far more often.)
 */
export const BODY_LEVELS: readonly string[] = ['地方各级', '各级', '省级', '市级', '州级', '县级', '区级', '乡级', '省市县', '市县'];
export const BODY_FUNCTIONS: readonly string[] = [
  '财政', '审计', '税务', '统计', '金融', '民政', '教育', '人社', '卫生健康', '卫健', '发展改革', '发改', '农业农村',
  '自然资源', '生态环境', '住房城乡建设', '住建', '交通运输', '水利', '商务', '应急管理', '市场监管', '医保', '公安',
];

/** Common surnames: a short item in a unit list that starts with one and names no body is a person. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

/** Titles written before a leader's name (`副县长王建国`). */
export const TITLE_ENDINGS: readonly string[] = [
  '书记', '长', '主任', '主席', '委员', '常委', '同志', '秘书', '巡视员', '调研员', '总监', '总师',
];

/** `X及Y`, `X和Y`: split only when both sides are bodies. */
export const CONJUNCTIONS: readonly string[] = ['以及', '及', '和', '与'];

/** Brackets inside which list separators do not split. */
export const OPEN_BRACKETS = '（(“‘《〈[【';
export const CLOSE_BRACKETS = '）)”’》〉]】';

/** Column headers of a task table (任务分工表) and the role of their cells. */
export const TABLE_ROLE_HEADERS: readonly { pattern: RegExp; role: Role }[] = [
  { pattern: /^(?:牵头|责任|分管|包保|联系)(?:市|州|县|省|区)?领导$|^责任人$/u, role: 'leaders' },
  { pattern: /^(?:牵头|主责|牵头责任)(?:单位|部门)$|^牵头考核单位$/u, role: 'leadUnits' },
  { pattern: /^(?:责任|配合|协办|协作|协同|参与|实施)(?:单位|部门|主体)$/u, role: 'responsibleUnits' },
  { pattern: /^(?:完成|办结)?(?:时限|时间)$|^时间节点$|^完成期限$|^(?:时间|进度)(?:安排|要求)$/u, role: 'deadline' },
];

/** Column headers naming the task itself, by rank: the title first, then the content. */
export const TABLE_MEASURE_HEADERS: readonly RegExp[] = [
  /^(?:工作|重点|主要|具体|目标|改革|重要)?(?:事项|任务|措施|举措|项目)(?:名称)?$/u,
  /^(?:主要|具体|工作|任务|措施)?(?:内容|要求)$/u,
];

/** Cell values that mean "none". */
export const EMPTY_CELLS: readonly string[] = ['/', '／', '-', '—', '无', ''];
