// Metrics that documents name differently but that count the same thing: variant → canonical
// key. Data only; keys are compared after region, time and scope words are removed.
export const METRIC_SYNONYMS: Readonly<Record<string, string>> = {
  贫困群众: '贫困人口',
  贫困对象: '贫困人口',
  建档立卡贫困对象: '建档立卡贫困人口',
  建档立卡人口: '建档立卡贫困人口',
  贫困户数: '贫困户',
  建档立卡户: '建档立卡贫困户',
  综合贫困发生率: '贫困发生率',
  地区生产总值: 'GDP',
  生产总值: 'GDP',
  国内生产总值: 'GDP',
  GDP: 'GDP',
  城镇化水平: '城镇化率',
  常住人口城镇化率: '城镇化率',
  一般公共预算收入: '一般公共预算收入',
  地方一般公共预算收入: '一般公共预算收入',
  城镇新增就业: '新增就业',
  城镇新增就业人数: '新增就业',
  新增城镇就业: '新增就业',
};

/** Words that say when or where, not what: removed from a metric's key. */
export const KEY_NOISE = [
  '全州', '全省', '全市', '全县', '全区', '全国', '我州', '我省', '我市', '我县', '本州', '本省', '本市', '本县',
  '今年', '去年', '明年', '当年', '全年', '年度', '年底', '年末', '目前', '现有', '累计', '共', '总',
];
