// Word tables for finding the relations a text states between its figures. Data only.

/**
 * Punctuation, full-width and ASCII: web and PDF copies write `(`, `,`, `;`, `:` where the
 * document has `（`, `，`, `；`, `：`. Every pattern takes both. (`、` has no ASCII form.)
 */
export const COMMAS = '，,';
export const SEMICOLONS = '；;';
export const COLONS = '：:';
export const OPEN_BRACKETS = '（(';
export const CLOSE_BRACKETS = '）)';
/** Punctuation that ends a clause, for a regex character class (`[^${CLAUSE_PUNCT}、]`: within one list item). */
export const CLAUSE_PUNCT = `。${COMMAS}${SEMICOLONS}${COLONS}`;

/** Characters that end a clause: the structures checked here do not run across them. */
export const CLAUSE_BREAKS = '，。；：！？,;:!?\n（）()';

/** Characters that end a sentence (the segmenter also splits at `；`). */
export const SENTENCE_BREAKS = '。；！？;!?';

/** A rate stated as a percentage: `开工率为97%`. The word's stem (`开工`) names the part. */
export const RATE_SUFFIX = '率';

/** Words between a rate word and its figure. */
export const RATE_LINKS = ['为', '是', '达到', '达', '了', '已达', '已经达到', '约'];

/** Rates that measure change or quality, not a part of a whole stated beside them. */
export const NOT_PART_RATES = [
  '增长', '下降', '增速', '增幅', '降幅', '提高', '发生', '贡献', '满意', '知晓', '控制', '失业', '死亡', '误差',
];

/** Words that make a rate a goal (`确保6月底前开工率达到100%`): a goal need not match the counts so far. */
export const GOAL_WORDS = ['确保', '力争', '争取', '必须', '目标', '预计', '要求', '要达到', '要确保', '应达到', '将达到', '拟', '底前', '年前', '月前', '以前'];

/** Words naming the whole a rate or share is taken of (`安排扶贫项目1701个`, `任务数20159户`). */
export const BASE_CUES = ['任务', '计划', '安排', '下达', '目标', '应开工', '应完成', '要完成', '需完成', '须完成', '总', '共有', '共', '全部', '现有', '登记'];

/** Verbs of `N…完成…T的P%` and `N，占T的P%`: the share of a whole figure. */
export const SHARE_OF_VERBS = ['完成', '达到', '占', '为', '相当于', '是', '实现', '超'];

/** Words before a figure that state it as a whole others are shares of: `全州共有贫困村644个`. */
export const WHOLE_CUES = ['共有', '总共', '共计', '合计', '总计', '总数', '总', '全部', '计划', '任务', '安排', '下达', '现有'];

/** Words that name the whole of a share generically: `占总数的69%` (not `占全省的10%`: another whole). */
export const WHOLE_WORDS = ['总数', '总人数', '总量', '总额', '总计', '合计', '全部', '总体', '总户数', '总面积', '总规模'];

/** Words that open a total after its parts: `合计2950万元`. */
export const TOTAL_WORDS = ['合计', '共计', '总计', '总共', '共'];
/** Words between a total word and its figure that keep it a plain total (`共计为…`); anything else (`共出列…`) may be a count of its own. */
export const TOTAL_LINKS = ['', '为', '是', '达', '达到', '约', '金额', '资金'];

/**
 * Words opening the list of a total that adds to a figure stated just before (`省级收入1082.57亿元，…。
 * 加上中央补助收入…、调入资金…，收入总计4548.56亿元`): that figure is the first part, even in the
 * sentence before. Budget reports write every 收入总计/支出总计 this way.
 */
export const ADDITION_WORDS = ['加上', '再加上'];

/**
 * Words that point back at a list just written, with its count: `上述3个镇共完成5.66万亩` totals
 * the three items before it, though they stand in earlier sentences.
 */
export const BACK_REFERENCE_WORDS = ['上述', '以上', '前述'];
/** How many sentences back, in the paragraph, the items of a back-referenced list may stand. */
export const BACK_REFERENCE_SENTENCES = 6;

/** Words that start like a total word and are not one. */
export const NOT_TOTAL_WORDS = ['共同', '公共', '共享', '共建', '共治', '共性', '共识', '共产', '共青', '共赢', '共富', '共商'];

/** Words that open a breakdown of the figure before them: `12862人，其中贫困劳动力3005人`. */
export const BREAKDOWN_WORDS = ['其中'];
/** Labels that close a breakdown with the rest (`其他133人`, `未脱贫78户`): the list is complete. */
export const REMAINDER_PARTS = ['其他', '其余', '剩余', '余下'];
/** Words before the figure of what is left of a task once part is done (`剩余35个问题正在整改中`). */
export const LEFT_WORDS = ['剩余', '尚余', '余下', '其余', '还剩', '尚有', '仍有'];
/**
 * Words before the balance of a budget (`收支相抵，结转下年支出80.40亿元`, `当年收支结余213.54亿元`):
 * income less spending, both stated just before it.
 */
export const BALANCE_WORDS = ['结余', '结转', '收支相抵'];
/** Words that name the balance as income less spending outright: the reading is then unambiguous. */
export const BALANCE_STATED_WORDS = ['收支相抵', '收支结余', '收支差额'];
/** Words before an income figure and a spending figure of a budget. */
export const INCOME_WORDS = ['收入'];
export const SPENDING_WORDS = ['支出'];
/** How many sentences before the balance, in its paragraph, its income may stand (`收入总计…。…支出总计…。收支相抵…`). */
export const BALANCE_SENTENCES = 3;
/** Words before the figure of the part of a task done (`已完成整改351个`). */
export const DONE_WORDS = ['已'];
/** Labels that together cover a whole: a breakdown naming each of a set is complete. */
export const COMPLEMENTS: readonly (readonly string[])[] = [
  ['已', '未'], ['城镇', '农村'], ['城市', '农村'], ['城镇', '乡村'], ['男', '女'], ['省内', '省外'], ['市内', '市外'],
  ['县内', '县外'], ['境内', '境外'], ['国内', '国外'], ['公办', '民办'], ['本地', '外地'], ['新建', '续建'],
];
/** How many sentences before two complementary parts (`已…，尚未…`) their whole may stand. */
export const COMPLEMENT_SENTENCES_BACK = 2;
/** `生产经营性…，非生产经营性…`: a label negating another (its next few characters) names the rest. */
export const NEGATION = '非';
export const NEGATED_LENGTH = 3;
/** `296个市重点项目中，亿元以上项目205个`: a figure, its noun, then 中 and a break. */
export const AMONG_SUFFIX = '中';

/** Words before an amount that make it an amount each: `每村各10万元`. */
export const EACH_WORD = '各';
export const PER_WORD = '每';
/** Verbs between `每X`/`各` and the amount. */
export const EACH_VERBS = ['奖励', '补助', '补贴', '安排', '下达', '拨付', '投入', '给予', '资助', '发放'];
/** `每月`, `每年`: a rate per period, not an amount for each of a counted set. */
export const PER_PERIOD = ['月', '年', '天', '日', '周', '季度', '季', '次', '小时'];

/** Change verbs with their direction. */
export const DECREASE_VERBS = ['减少', '下降', '降低', '缩小', '回落', '压减', '减产', '减'];
export const INCREASE_VERBS = ['增加', '增长', '提高', '提升', '上升', '扩大', '增产', '增'];
/** Real growth is measured at comparable prices: it need not match the change in the amounts written. */
export const REAL_GROWTH_WORDS = ['可比价', '生产总值', '增加值', 'GDP', '不变价'];
/** Words that name the earlier figure a change is measured from: `比上年增加267亿斤`. */
export const COMPARED_WORDS = ['较', '比', '同比', '环比'];
/**
 * Words that name the figure of the earlier period written beside the current one:
 * `发生事故34起，去年同期20起，同比上升70%`.
 */
export const PRIOR_PERIOD_WORDS = ['去年同期', '上年同期', '上一年同期', '上年', '去年'];
/** Words of a comparison with the year before whose figure is stated elsewhere: `比上年增加0.6亿元`, `同比增长6.4%`. */
export const LAST_YEAR_WORDS = ['比上年', '较上年', '比去年', '较去年', '同比'];
/** How many sentences back the figure of the year before may be stated. */
export const LAST_YEAR_SENTENCES_BACK = 12;
/** Verb stems of a change amount after a compared word (`比上年增收1284万元`, `较去年多3个`): a change, not a part or a whole. */
export const CHANGE_STEMS = ['增', '减', '多', '少', '提高', '提升', '上升', '下降', '降低', '扩大', '缩小', '回落'];

/** Verbs after a share of a split: `80%用于…薪酬分配，20%用于…统筹`. */
export const SPLIT_VERBS = ['用于', '作为', '归', '留', '留给', '奖励', '补助', '拨付', '分配给', '分配', '由', '给', '上缴', '返还', '划归'];

/** Words that say a split leaves a remainder unstated: `其余用于…`. */
export const REMAINDER_WORDS = ['其余', '剩余', '剩下', '余下', '余额', '其他部分', '结余'];

/** Words of weights that make up a whole: `权重分别为60%、20%、10%、10%`. */
export const WEIGHT_WORDS = ['权重'];

/** Unit of a score, and words naming the full score of an assessment. */
export const SCORE_UNIT = '分';
export const FULL_SCORE_WORDS = ['总分', '满分', '总分值'];

/** Words of an average and the counters of what it is taken over: `户均增收4.4万元` over `…户`. */
export const AVERAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  户均: ['户'], 人均: ['人', '名'], 村均: ['个', '村'], 每户平均: ['户'], 平均每户: ['户'], 平均每人: ['人', '名'],
};
/** Averages that are not a total over a count written beside them (statistical per-capita measures). */
export const NOT_AVERAGES = ['可支配收入', '纯收入', '生产总值', 'GDP', '消费支出', '预期寿命', '受教育年限', '住房面积', '占有'];

/** Unit of a multiple, and words that make the product a floor. */
export const MULTIPLE_UNIT = '倍';
export const FLOOR_WORDS = ['不低于', '不少于', '至少', '以上'];
/** Words before the base of a multiple: `按最低生活保障标准的1.5倍`. */
export const MULTIPLE_OPENERS = ['按照', '按', '为', '是', '达到', '相当于', '提高到', '调整为'];
/** Words at the start of a base phrase that are not part of the metric's name. */
export const BASE_NOISE = ['本市', '全市', '本省', '全省', '本州', '全州', '本县', '全县', '本区', '全区', '当地', '现行', '同期', '上年', '当年'];

/** Units of a change of a share. */
export const POINT_UNITS = ['个百分点', '百分点'];

/**
 * Words of a metric that say nothing of what is counted (`全县累计完成秋覆膜`: only `秋覆膜` ties it
 * to `计划秋覆膜30万亩`). Removed before two metrics are compared for a figure stated far away.
 */
export const GENERIC_METRIC_WORDS = [
  '全县', '全市', '全省', '全州', '全区', '全镇', '全乡', '全国', '本县', '本市', '累计', '完成', '计划', '任务', '目标', '实际',
  '合计', '共计', '总计', '其中', '年度', '今年', '全年', '资金', '面积', '数量', '人数', '户数', '比重', '比例', '标准', '同比',
  '上年', '同期', '增长', '提高', '已', '共', '总', '达到', '实现',
];

/** `从片区看，`, `分区域看，`, `按产业分：`: a sentence so opened splits a whole stated before it. */
export const SPLIT_VIEW_OPENERS = ['从', '分', '按'];
export const SPLIT_VIEW_CLOSERS = ['来看', '看', '分'];

/** `占全县已完成面积的26.2%`: a share of the whole of a place, named without its figure. */
export const PLACE_WHOLES = ['全县', '全市', '全省', '全州', '全区', '全镇', '全乡', '全盟', '全旗', '本县', '本市', '本省'];

/** How many sentences back, in a paragraph, a plan a rate is taken of may stand. */
export const PLAN_SENTENCES_BACK = 4;

/** `拨付进度65%`: progress as a share of an amount, its stem (`拨付`) naming the part. */
export const PROGRESS_SUFFIX = '进度';
/** Progress measured against time or as a whole, not against an amount stated beside it. */
export const NOT_PART_PROGRESS = ['序时', '时间', '总体', '整体', '工程', '建设', '施工', '形象'];

/**
 * Words before a named whole that say whose it is, not what it is (`占省级一般公共预算支出的1.2%`
 * names the figure stated as `一般公共预算支出1208.30亿元` under a 省级 heading).
 */
export const WHOLE_OWNER_PREFIXES = ['省级', '市级', '县级', '本级', '全省', '全市', '全县', '全区', '全州'];

/** The label of a table's total row (in its first cells): its figures are the column sums of the rows beside it. */
export const TABLE_TOTAL_LABELS = ['合计', '总计', '全县合计', '全市合计', '全省合计', '全区合计', '全州合计'];
/** Labels of rows that hold a part total: a table with one is not summed (its rows nest). */
export const TABLE_SUBTOTAL_LABELS = ['小计', '其中'];
