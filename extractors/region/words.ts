// Word tables of the region extractors (data only).

/** Issuers of the central government and party: their documents govern no one region. */
/**
 * Agency codes of the State Council and its General Office (`国发`, `国函`, `国办发`, `国办函`,
 * `国令`): a document so numbered is national, whatever place its title names.
 */
export const NATIONAL_NUMBER_CODES: readonly string[] = ['国发', '国函', '国办', '国令'];

export const NATIONAL_ISSUER_PREFIXES: readonly string[] = [
  '国务院', '国办', '中共中央', '中央', '党中央', '全国', '国家', '中华人民共和国', '中国', '最高人民',
];

/** A ministry's name ends so (`人力资源社会保障部`, `海关总署`, `国家税务总局`); with no place in it, it is national. */
export const NATIONAL_BODY_ENDINGS: readonly string[] = ['部', '部办公厅', '总局', '总署', '署', '银行'];

/** Level words an issuer may start with instead of a place name (`省人民政府`, `州扶贫办`). */
export const ISSUER_LEVEL_WORDS: readonly string[] = ['自治区', '自治州', '省', '市', '州', '县', '区', '旗', '盟'];

/** How far into a document the masthead and heading lines are looked for a place name. */
export const MASTHEAD_PARAGRAPHS = 6;
export const MASTHEAD_CHARS = 300;

/** Separators of a list of places in a title (`东川区、禄劝县`). */
export const TITLE_LIST_SEPARATORS: readonly string[] = ['、', '和', '及', '与', '，'];

/**
 * The one-character short names of the provinces that open their governments' document numbers
 * (`琼府〔2005〕9号`, `闽政〔1996〕38号`, `湘政办发…`). Cities use some of the same characters
 * (`宁政发` is 南京's, `青政发` 青岛's): the document must also speak of itself at the province's level.
 */
export const PROVINCE_CODE_CHARS: Readonly<Record<string, string>> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 内: '150000', 辽: '210000', 吉: '220000', 黑: '230000',
  沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000', 鲁: '370000', 豫: '410000',
  鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000', 渝: '500000', 川: '510000', 黔: '520000',
  云: '530000', 藏: '540000', 陕: '610000', 甘: '620000', 青: '630000', 宁: '640000', 新: '650000',
};

/** How a document speaks of its own region (`全省`, `我区`, `本市`): the level word is the issuer's. */
export const SELF_PREFIXES = '全我本';
export const SELF_LEVELS: readonly string[] = ['自治区', '自治州', '省', '市', '州', '县', '区', '旗', '盟'];

/** Quotation marks of a slogan or phrase: a place inside them (`“美好安徽”`) is weak evidence. */
export const QUOTE_OPEN = '“「『';
export const QUOTE_CLOSE = '”」』';

/** What may stand between the places of a list (`文昌市 海口市`, `东川区、禄劝县`). */
export const PLACE_LIST_GAP = /^[\s、，,]?$/u;
