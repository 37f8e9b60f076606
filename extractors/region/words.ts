// Word tables of the region extractors (data only).

/** Issuers of the central government and party: their documents govern no one region. */
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
