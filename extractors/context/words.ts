// Word tables for reading a figure in its context (metric, region, date, role). Data only.

/** Characters that end the clause a figure's metric is looked for in. */
export const CLAUSE_BREAKS = '，。；：！？,;:!?\n\t（）()【】';

/** Characters that end the noun phrase after a figure (`643个出列村、25个…`). */
export const AFTER_BREAKS = `${CLAUSE_BREAKS}、“”‘’《》「」`;

/**
 * Words that introduce a figure and are not part of what it counts (`开工率为97%`, `培训达1.36万人次`).
 * Kept for rates of change when the figure is a percentage: `增长4.9%` measures growth.
 */
export const INTRODUCERS = [
  '分别为', '分别达', '分别是', '为', '是', '达到', '达', '至', '到', '有', '共有', '共计', '共', '合计', '总计', '计',
  '约', '近', '在', '超过', '高于', '低于', '不低于', '不高于', '不少于', '不超过', '占比', '占', '比例为',
  '累计', '新增', '增至', '降至', '减至', '减少到', '增加到', '下降到', '提高到', '提升到', '控制在', '保持在', '稳定在',
  '突破', '迈上', '跨越', '跨上', '登上', '排名', '位列', '居', '涉及', '覆盖', '惠及', '带动', '实现', '完成', '投入', '安排', '下达', '拨付', '发放',
  '落实', '争取', '力争', '确保', '预计', '有望', '筹集', '整合', '吸纳', '解决', '获得', '获', '建成', '达标', '左右', '以上', '以下', '及以上', '各', '每',
];

/** Rates of change: kept in the metric of a percentage that follows them. */
export const CHANGE_VERBS = ['增长', '下降', '减少', '增加', '提高', '降低', '提升', '上升', '回落', '增速'];

/** What a change is measured against, written before its verb: `同比增长4.2%`, `比上年下降2.1%`. */
export const COMPARISON_BASES = [
  '同比', '环比', '比上年', '较上年', '比去年', '较去年', '比上年同期', '较上年同期', '比去年同期', '较去年同期', '比年初', '较年初',
];

/**
 * A span of time with these around its count is how long, not what (`连续3年稳定在600亿斤以上`,
 * `近五年`, `3年来`): such a metric gives way to the figure before it in the sentence.
 */
export const SPAN_BEFORE = ['连续', '近', '过去', '最近', '前'];
export const SPAN_UNITS = ['年', '个月', '月', '个季度', '季度', '周', '天'];
export const SPAN_AFTER = ['来', '以来', '间', '内', '中'];

/** Words stripped from the start of a metric: time, scope and connective words. */
export const LEADING_NOISE = [
  '今年以来', '去年以来', '年初以来', '截至目前', '截至', '目前', '当前', '现阶段', '同时', '其中', '此外', '另外',
  '全州', '全省', '全市', '全县', '全区', '全国', '全盟', '全旗', '我州', '我省', '我市', '我县', '我区', '本州', '本省', '本市', '本县',
  '各县市', '各县区', '各县', '各州市', '各地', '州级', '省级', '市级', '县级', '全年', '年内', '当年', '累计', '已经', '已', '己',
  '共', '并', '和', '及', '以及', '与', '对', '将', '把', '要', '继续', '进一步', '再', '还', '可', '可申请', '均', '都', '分别', '先后',
  '针对', '对于', '围绕', '以', '按照', '根据', '其', '为', '使', '让', '推动', '推进', '支持', '鼓励', '引导', '加快', '加强', '力争', '确保',
  '完成了', '完成', '实现了', '实现', '新发放', '发放', '安排', '下达', '投入', '建立', '建成', '组织', '吸纳', '聘用', '争取', '由',
  '获得', '办理', '开展', '落实', '整合', '筹集', '拨付', '帮助', '带动', '解决', '确保', '力争', '计划', '预计', '达到',
];

/** Words that end the noun phrase after a figure (`1200户3600人搬迁群众全部入住…`). */
export const AFTER_STOPS = [
  '全部', '已经', '已', '均', '都', '达到', '实现', '纳入', '完成', '进行', '开展', '得到', '获得', '中', '以上', '以下',
  '左右', '和', '及', '与', '或', '等', '的', '建立', '建成', '接受', '参加', '通过', '覆盖', '享受', '纳入', '在', '于', '用于',
  '达标', '提供', '实施', '下达', '排名', '位列', '用于', '上半年', '下半年', '年内', '年底', '以来', '为',
];

/**
 * Strings that end the noun phrase after a figure wherever jieba cuts them (`行政村中共有…` is cut
 * 行政村/中共/有): a part and the whole it lies in.
 */
export const AFTER_TEXT_STOPS = ['中共有', '中有', '共有', '其中'];

/** `城乡居民…分别增长6%、6.5%`: a joint prefix that names the items a list of figures goes through. */
export const JOINT_PREFIXES: Record<string, string[]> = { 城乡: ['城镇', '农村'] };

/** Words that compare a rate with another (`增速高于城镇居民`): the thing measured stands before them. */
export const COMPARERS = ['高于', '低于', '快于', '慢于', '超过'];

/**
 * Hedges written between a metric and its figure (`比例原则上不低于60%`, `补助一般为50万元`,
 * `最多不超过15亩`): how firmly the figure holds, not what it measures.
 */
export const TRAILING_HEDGES = ['原则上', '一般', '最高', '最多', '最低', '最少', '至少'];

/**
 * Heads too generic to name a metric alone: `用于产业发展的比例` keeps what comes before its 的.
 */
export const GENERIC_HEADS = ['比例', '比重', '占比', '比率', '份额'];

/**
 * Verbs that grant a sum (`给予一次性交通补助，每人不超过1000元`): a per-unit amount in the
 * next clause measures the grant they name.
 */
export const GRANT_VERBS = ['给予', '发放', '提供', '安排'];

/** Opening clauses that frame a sentence (`根据上海市…要求，`): a place in them is not its subject. */
export const FRAME_OPENERS = ['根据', '按照', '依据', '参照', '对照', '为贯彻', '贯彻', '为落实', '落实'];

/** A figure after 等 counts the list before it (`A开发区、B开发区等4个`): it is about no one place. */
export const LIST_CLOSERS = ['等', '等共', '等共计'];

/** Nouns of money: a sum followed by one of these (`2000万元产业培育发展专项资金`) counts it. */
export const MONEY_NOUNS = ['资金', '经费', '投资', '贷款', '补贴', '补助', '奖励', '奖补', '收入', '基金', '资产', '费用', '专款', '预算'];

/**
 * Words that name only the size of a thing written after the figure and 的 (`设立规模3亿元的风险
 * 补偿资金池`, `总面积120亩的产业园`): the figure measures that thing.
 */
export const SIZE_WORDS = ['规模', '总规模', '总额', '总量', '额度', '面积', '总面积', '容量', '金额', '总金额'];

/**
 * Words that say a figure is an average and not of what (`全省平均每亩约94元`): such a figure
 * measures the subject its sentence opens with (`补贴标准由各县确定，全省平均每亩约94元`).
 */
export const AVERAGE_WORDS = ['平均', '人均', '户均', '亩均', '村均'];

/** Words that end the subject a sentence opens with (`补贴标准由各县…确定`). */
export const SUBJECT_ENDS = ['由', '为', '按', '是', '要', '应', '实行', '原则上', '一般'];

/**
 * Adverbs of a trend before a change verb that ends a clause (`比重逐年提高，2021年不低于55%`):
 * the figures after it, with no words of their own, measure what rises.
 */
export const TREND_ADVERBS = ['逐年', '逐步', '稳步', '持续', '不断', '进一步', '明显', '大幅'];

/** Words that open a total (`合计2950万元`): its metric is that of the figures it sums. */
export const TOTAL_WORDS = ['合计', '共计', '总计', '累计', '共'];

/** Words before a figure's noun that belong to it when written just before the number (`剩余的1200户…`). */
export const MODIFIERS = ['剩余', '现有', '新增', '累计', '未脱贫', '已脱贫', '返贫', '致贫'];

/**
 * Words that state a goal outright, whatever date the figure carries (`确保`, `力争`, `不低于`).
 * They decide a figure's role wherever they stand before it in its sentence.
 */
export const GOAL_WORDS = [
  '确保', '力争', '争取', '目标', '计划', '预计', '将', '拟', '要', '必须', '应当', '应', '不低于', '不少于', '不超过', '控制在',
  '年均增长',
];

/**
 * Verbs that introduce a goal in a plan and a result in a report (`城镇新增就业81.9万人`,
 * `全年完成生产总值…`, `贫困发生率降至12.1%`): they take the role of a goal or result word
 * before them in the sentence, else the document's (a plan's goals, a bulletin's results).
 * `累计达到` is one: a plan's cumulative goal as often as a report's total.
 */
export const WEAK_TARGET_CUES = [
  '达到', '实现', '完成', '新增', '提高到', '提升到', '下降到', '降至', '累计达到', '增至',
];

/** Nouns holding a cue word that are no cue (`任务完成率129%`, `完成情况`). */
export const NOT_CUES = ['完成率', '完成情况', '实现率', '完成度'];

/** A figure stated as a reported result. */
export const ACTUAL_CUES = [
  '已', '已经', '己', '完成了', '实现了', '达到了', '累计', '截至', '截止', '今年以来', '年初以来', '以来', '目前', '现有',
  '共有', '比上年', '同比', '比去年', '增长了', '下降了', '减少了', '顺利', '成功', '取得', '累计完成', '已完成', '已实现',
  '已达到', '全年完成', '共完成',
];

/**
 * Nouns that name a goal when the figure follows them at once (`农村改厕任务38283座`,
 * `完成年初预算数60999万元`, `考核指标23.1万亩`): the figure is the goal, even in a report of
 * results. Not after 的 (`占总任务的7.7%` is a share of it, reported).
 */
export const TASK_NOUNS = ['任务', '目标任务', '任务数', '目标', '预算数', '预算', '考核指标', '指标', '计划'];
/** Links allowed between such a noun and its figure. */
export const TASK_LINKS = ['', '为', '是', '数', '共', '达', '总数为'];
/** Counters of tasks themselves (`目标任务145项`): a count of goals is no goal. */
export const TASK_COUNTERS = ['项', '件', '条', '类'];

/**
 * Headings (and titles) of a passage that reports (`一、2022年工作回顾`, `主要指标完成情况`).
 * A heading with words of both kinds takes the one written last (`目标任务完成情况`).
 */
export const REVIEW_HEADINGS = [
  '回顾', '工作情况', '完成情况', '进展', '执行情况', '落实情况', '总结', '基本情况', '发展基础', '现状', '成效', '统计公报',
];

/** Headings (and titles) of a passage of goals (`一、2025年主要预期目标`, `二、2023年工作安排`). */
export const TARGET_HEADINGS = [
  '目标', '预期', '任务安排', '工作安排', '工作打算', '工作思路', '重点工作', '重点任务', '主要任务', '任务清单', '工作要点',
  '主要指标', '行动计划', '实施方案',
];

/** Kinds (文种) of documents that report results: a figure with no word of its own is one. */
export const REPORT_KINDS = ['公报', '通报', '简报', '工作动态', '报告', '汇报'];
/** Kinds of documents that set goals. */
export const PLAN_KINDS = ['方案', '计划', '规划', '要点', '意见', '纲要', '细则', '办法', '决定'];
/** A work report reviews one year and plans the next: its kind says neither. */
export const MIXED_KINDS = ['政府工作报告'];

/**
 * Dates that a figure is compared with, not dated by (`与2020年相比`, `比2020年`, `较上年同期`,
 * `在2022年基础上`): written just before or just after such a date.
 */
export const COMPARISON_BEFORE = ['与', '比', '较', '同', '相对于', '对比'];
export const COMPARISON_AFTER = ['相比', '相较', '比较', '基础上', '同期', '水平'];
/**
 * Words that open the whole of a share (`占2020年末脱贫人口总数的13.99%`): a date between one
 * of them and the 的 of its clause dates the whole, not the figure.
 */
export const SHARE_OPENERS = ['占', '相当于'];

/** Words that say a figure is the document's present state (its date). */
export const PRESENT_CUES = ['目前', '当前', '现有', '截至目前', '现阶段'];
