// Word tables of the quantity extractor: units and counters, qualifiers, and the words that make a
// number part of a name, a date or a duration rather than an amount. Plain data; the rules that
// read them live in units.ts, context.ts and quantity.ts.
import type { Qualifier } from '../../schemas/quantity.js';

/**
 * What a unit means once matched.
 * - `amount`: a counter or unit of measure: the number is a quantity in that unit.
 * - `duration`: a span of time (`3个月`, `5个工作日`): not a quantity (neutral in gold), skipped.
 * - `year`: `年`, a duration unless the figure is a measured level (see yearIsLevel in context.ts).
 * - `grade`: `级`, `分`: a magnitude or a score after an Arabic figure (`1.8级`, `85分`), a grade
 *   label or a word after a Chinese one (`三级`, `十分重要`).
 * - `term`: a counter that with the noun after it makes a fixed term (`三次产业`): not a quantity.
 */
export type UnitKind = 'amount' | 'duration' | 'year' | 'grade' | 'term';

export interface UnitEntry {
  /** the unit recorded: as written, but `%` for `％` and `米` for `m` */
  unit: string;
  kind: UnitKind;
}

const amount = (...written: string[]): [string, UnitEntry][] =>
  written.map((w) => [w, { unit: w, kind: 'amount' }]);
const as = (unit: string, ...written: string[]): [string, UnitEntry][] =>
  written.map((w) => [w, { unit, kind: 'amount' }]);
const duration = (...written: string[]): [string, UnitEntry][] =>
  written.map((w) => [w, { unit: w, kind: 'duration' }]);

/** Units and counters as written right after a number, keyed by the written form (longest wins). */
export const UNITS: ReadonlyMap<string, UnitEntry> = new Map<string, UnitEntry>([
  // people and households
  ...amount('户', '户次', '人', '人次', '人年', '人日', '名', '位'),
  // things, places, bodies, events
  ...amount('个', '所', '项', '条', '家', '张', '间', '套', '座', '批', '次', '起', '件', '种', '类',
    '份', '门', '辆', '台', '艘', '架', '栋', '幢', '层', '处', '宗', '笔', '支', '只', '头', '株',
    '棵', '本', '册', '篇', '块', '片', '场', '场次', '所次', '床', '节', '课时', '学时', '亩次', '轮',
    // ponds, wells and pits (山塘1.8万口, 机井300口)
    '口',
    // train runs (中欧班列开行1200列)
    '列'),
  // farm counters: 食用菌 bags, poultry, fish fry, bee hives
  ...amount('棒', '羽', '尾', '箱'),
  // ratios and changes
  ...as('%', '%', '％'),
  ...amount('‰', '倍', '个百分点', '百分点', '个千分点', '千分点'),
  // changes of an interest rate or yield (`下降约40个基点`): 1 基点 = 0.01个百分点
  ...amount('个基点', '基点'),
  // age
  ...amount('岁', '周岁'),
  // money: multipliers (万元, 亿元) are read as part of the number
  ...amount('元', '美元', '港元', '欧元', '日元'),
  // length, area, volume, mass
  ...amount('公里', '千米', '米', '厘米', '毫米', '平方公里', '平方千米', '平方米', '公顷', '亩',
    '立方米', '吨', '吨标准煤', '千克', '公斤', '斤', '克', '微克/立方米', '毫克/立方米', '毫克/升'),
  ...as('米', 'm'),
  ...as('公里', 'km'),
  ...as('厘米', 'cm'),
  ...as('毫米', 'mm'),
  // energy and power
  ...amount('千瓦', '千瓦时', '兆瓦', '兆瓦时', '千伏', '伏', 'kV', 'kW', 'kWh', 'MW', 'GW', 'GWh', 'TWh',
    // solar and battery capacity (光伏组件产量63.5吉瓦)
    '吉瓦', '吉瓦时'),
  // computing power and bandwidth
  ...amount('Eflops', 'EFlops', 'EFLOPS', 'Pflops', 'PFlops', 'PFLOPS', 'Gbps', 'Mbps', 'TB', 'PB',
    // processor cores of a government cloud (计算资源扩容至8万核)
    '核'),
  // time spans: not quantities
  ...duration('个月', '月', '日', '天', '周', '星期', '个星期', '小时', '个小时', '分钟', '秒',
    '个工作日', '工作日', '个交易日', '交易日', '个自然日', '自然日', '个季度', '季度', '旬', '周年', '年度',
    '学年', '学期', '个学期', '世纪'),
  ['年', { unit: '年', kind: 'year' }],
  ['次产业', { unit: '次产业', kind: 'term' }],
  ['级', { unit: '级', kind: 'grade' }],
  ['分', { unit: '分', kind: 'grade' }],
]);

/** Written right before the figure of a `分`, they make it minutes or fen, not a score: `9时30分`, `8点15分`, `1角7分`. */
export const NOT_SCORE_AFTER = ['时', '点', '角'];

/** Per-unit suffixes of money standards (`1309元/人/月`, `645元/月`): kept in the quote, unit stays 元. */
export const RATE_SUFFIX_UNITS = ['人', '户', '月', '年', '天', '日', '次', '亩', '吨', '平方米', '公里', '小时', '人次', '台', '辆'];

/** Written before a figure with a unit: `百分之三十` is 30 %. */
export const PERCENT_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['百分之', '%'],
  ['千分之', '‰'],
]);

/** Qualifier words written before the figure (longest wins). */
export const PREFIX_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['约', 'approx'], ['大约', 'approx'], ['近', 'approx'], ['将近', 'approx'], ['接近', 'approx'],
  ['超过', 'moreThan'], ['逾', 'moreThan'], ['高于', 'moreThan'], ['大于', 'moreThan'], ['多于', 'moreThan'],
  ['突破', 'moreThan'], ['>', 'moreThan'], ['＞', 'moreThan'],
  ['不足', 'lessThan'], ['不到', 'lessThan'], ['不满', 'lessThan'], ['低于', 'lessThan'], ['小于', 'lessThan'],
  ['少于', 'lessThan'], ['<', 'lessThan'], ['＜', 'lessThan'],
  ['不低于', 'atLeast'], ['不少于', 'atLeast'], ['不小于', 'atLeast'], ['至少', 'atLeast'], ['最少', 'atLeast'],
  ['≥', 'atLeast'], ['不超过', 'atMost'], ['最高不超过', 'atMost'], ['不高于', 'atMost'], ['不大于', 'atMost'],
  ['不多于', 'atMost'], ['最多', 'atMost'], ['最高', 'atMost'], ['≤', 'atMost'],
]);

/**
 * Adverbs that bound the figure of their verb phrase from a little way off: `至少要完成3000户`,
 * `最多可申请2次`. Read across at most QUALIFIER_REACH Chinese characters (the verb and its modal).
 */
export const ADVERB_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['至少', 'atLeast'], ['最少', 'atLeast'], ['最多', 'atMost'],
]);
export const QUALIFIER_REACH = 4;

/** Words before which `近` is not "nearly" (`最近`, `附近`). */
export const NOT_APPROX_BEFORE_JIN = ['最', '附', '就', '临', '邻'];

/** Qualifier words written after the unit (longest wins). */
export const SUFFIX_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['以上', 'atLeast'], ['及以上', 'atLeast'], ['（含）以上', 'atLeast'], ['(含)以上', 'atLeast'],
  ['以下', 'atMost'], ['及以下', 'atMost'], ['（含）以下', 'atMost'], ['(含)以下', 'atMost'],
  ['以内', 'atMost'], ['之内', 'atMost'],
  ['左右', 'approx'], ['上下', 'approx'], ['有余', 'approx'],
]);

/** Written between the number and its unit: `300多人`, `1万余人`, `20来个` — all approximate. */
export const INFIX_APPROX = ['多', '余', '来'];

/** Written between `个` and a unit of time: `2个多月`, `1个半小时` are durations. */
export const INSIDE_DURATION = ['多', '余', '半'];

/** Minus signs as texts write them (ASCII, the Unicode minus, full-width). */
export const MINUS_SIGNS = ['-', '−', '－'];

/**
 * What may stand right before a minus sign that makes a figure negative: words and marks that
 * introduce or list a value (`为-3.19‰`, `、-5.64、`, `增长-2.1%`, `回升至-1.5%`). After a digit or a
 * unit the same dash is a range separator.
 */
export const NEGATIVE_AFTER = ['为', '是', '达', '长', '至', '到', '：', ':', '、', '，', ',', '（', '('];

/** `分别为A、B、C个`: the word after which listed figures share the last one's unit, and their joiner. */
export const RESPECTIVELY = '分别';
export const LIST_JOINER = '、';

/**
 * Names of ratios and indices, whose figures have no unit (`城乡居民收入比1.7`, `基尼系数0.46`,
 * `出生人口性别比105.2`), and the verbs of reaching that may stand between name and figure.
 */
export const RATIO_NAMES = ['收入比', '性别比', '产出比', '系数', '指数', '比值'];
export const RATIO_VERBS = ['缩小至', '缩小到', '缩小为', '降至', '降到', '下降至', '下降到', '提高至', '提高到', '上升至',
  '上升到', '达到', '达', '为', '是', '保持在', '控制在', '稳定在'];

/** Range separators between two figures: `450元—500元`, `1-2个`, `30%至50%`. */
export const RANGE_SEPARATORS = ['——', '—', '–', '-', '－', '~', '～', '〜', '至'];
/** Written between the low end and the separator of a score band: `80分（含）至90分`. */
export const RANGE_INCLUSIVE_MARKS = ['（含）', '(含)'];

/** Words that limit a figure and so mark a bare `一` as an amount (`至少一项`, `只享受一次`). */
export const LIMITERS = ['至少', '最少', '最多', '只', '仅', '限', '不少于', '不超过', '不低于', '超过'];

/**
 * Characters right before a number that make it an ordinal, a denominator, a session label or
 * the print run of the 版记, not an amount: `第三`, `每万人口`, `逐一`, `十届三次会议`, `（共印1070份）`.
 */
export const NOT_AMOUNT_BEFORE = ['第', '每', '逐', '届', '印'];

/**
 * A session of a body is named by its term and number without `第`: `十二届人大四次会议`,
 * `市五届政协三次全体会议`. A count of 次 right after one of these bodies and before one of these
 * nouns is that label, not a number of meetings.
 */
export const SESSION_BODIES = ['人大', '政协', '党代会', '常委会', '代表大会', '全委会'];
export const SESSION_NOUNS = ['会议', '全会', '全体会议', '大会'];

/** Before a Chinese numeral only: ranks (`前三位`, `后三位`) and vague amounts (`数十家`, `几十个`). */
export const RANK_BEFORE_CHINESE = ['前', '后', '数', '几'];

/**
 * Heads of the political formulas written `N个X` (`三个代表`, `四个全面`, `两个维护`): the
 * count is part of the formula's name. General vocabulary of the genre, quoted or not.
 */
export const FORMULA_HEADS = ['代表', '全面', '意识', '自信', '确立', '维护', '务必', '毫不动摇', '全覆盖', '精准',
  '不摘', '必须', '坚持'];

/**
 * Characters right after a unit that turn the figure into a class or a name: `30万千瓦级`,
 * `3人制`, `一次性`.
 */
export const LABEL_AFTER_UNIT = ['级', '制', '型', '式', '性'];

/** Words that begin with a counter's character but are nouns, not counters (`3条件`, `4部门`). */
export const NOT_UNIT_WORDS = ['条件', '条例', '条款', '人民', '名单', '名称', '次数', '场所', '家庭', '所有',
  '位置', '处理', '台账', '户籍', '户口', '门户', '种类', '种植', '类型', '件事', '个体', '个性'];

/** Quotation marks and title brackets: a short figure between them is a name or slogan (`“12345”`). */
export const QUOTE_OPENERS = '“‘「『《';
export const QUOTE_CLOSERS = '”’」』》';

/** Verbs of reaching a level before `N年`: `受教育年限达11年` is a measured level, not a duration. */
export const LEVEL_VERBS = ['达', '达到', '提高到', '提升到', '增至', '提高至', '提升至', '延长至', '延长到'];

/**
 * Counters that, unqualified, name a set of categories (`4类重点对象`, `四类人员`) rather than
 * count them; qualified (`大于3类`, `3类以上`) they are amounts.
 */
export const CLASS_COUNTERS = ['类'];

/**
 * Chinese numerals that count only with a limiting word: `一` alone is "a/one" in set phrases
 * (`一批`, `一次性`, `一户一策`); the lone `二` before a counter is an ordinal or a label
 * (`二次开发`, `二级`), since a count of two is written `两`.
 */
export const ONE_CHARS = ['一', '壹'];
export const ORDINAL_TWO_CHARS = ['二'];

/**
 * Multipliers a table's column header may put before its unit (`金额（万元）`, `面积（万亩）`):
 * the cells then hold the figure in that many units.
 */
export const HEADER_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4], ['亿', 1e8], ['千', 1e3], ['百', 1e2], ['十万', 1e5], ['百万', 1e6], ['千万', 1e7], ['万亿', 1e12],
]);

/** Column headers of serial numbers and ranks: their figures are not amounts in the table's unit. */
export const SERIAL_HEADERS = ['序号', '编号', '序列', '排名', '名次', '排序', '年份', '年度', '代码', '邮编', '电话', '联系电话'];

/**
 * Table headers of a column that names each row's unit (`指标 | 单位 | 2020年 | 2025年`): the
 * figures of that row are in the unit its cell writes.
 */
export const UNIT_COLUMN_HEADERS = ['单位', '计量单位', '指标单位'];

/**
 * Words of a year column's header that say whether its figures are goals or results
 * (`目标值（2025年）`, `基期值（2020年）`, `2024年计划投资`). A year column that says neither holds
 * goals when its year is after the document's, results otherwise.
 */
export const TARGET_COLUMN_WORDS = ['目标', '预期', '规划', '计划', '预计', '力争'];
export const ACTUAL_COLUMN_WORDS = ['基期', '基数', '现状', '实际', '完成', '基准'];

/** Brackets round a cell's figure that make it a sum over the plan period (`〔25〕`: 注：〔 〕内为五年累计数). */
export const CUMULATIVE_BRACKETS: readonly [string, string][] = [['〔', '〕'], ['[', ']'], ['［', '］']];
