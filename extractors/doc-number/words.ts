// Word tables of the 发文字号 reader (GENRE.md): the brackets a year is written in, and the
// words that can stand right before a cited number without being part of its 机关代字.

/**
 * Openers and closers of the year: 六角括号 as printed, and what PDFs and web pages swap in
 * (`„‟`: the low and high double quotes a PDF font maps 〔〕 to).
 */
export const YEAR_OPENERS = '〔［[（(﹝【〖„';
export const YEAR_CLOSERS = '〕］]）)﹞】〗‟';

/** Longest 机关代字 read before the year (`国卫基层发`, `穗府办函`, `国办发明电`). */
export const MAX_AGENCY_LENGTH = 10;

/**
 * Words that end a sentence's lead-in right before a number written without 《》 or brackets
 * (`根据楚政发〔2019〕3号`, `按照…和云政办发〔2020〕5号`): the 机关代字 starts after the last one.
 */
export const LEAD_WORDS = [
  '根据', '按照', '依据', '依照', '参照', '对照', '遵照', '执行', '落实', '贯彻', '结合', '印发', '转发',
  '下发', '发布', '废止', '见', '详见', '即', '和', '及', '与', '或', '并', '等', '的', '以', '将', '由',
  '原', '附', '文件', '精神', '要求',
  // a number labelled as such (`资金文号湘财农指…`, `原文号财农〔2024〕15号`)
  '文号', '字号',
  // the sender or receiver named before a number (`收到你厅鄂政文〔2004〕15号请示`)
  '收到', '收悉', '关于', '你们', '你省', '你区', '你市', '你州', '你县', '你厅', '你部', '你委', '你局', '你办', '你院',
  '我省', '我区', '我市', '我州', '我县', '我厅', '我部', '我委', '我局', '我办', '我院', '本',
  // a title run on before the number without brackets (`…的通知楚政发〔2019〕3号`)
  '通知', '意见', '方案', '办法', '规定', '决定', '报告', '请示', '批复', '通报', '纪要', '规划', '复函',
];

/** Characters that close a figure written before a number (`2018年10月9日国办发…`, `第3号`). */
export const DATE_UNITS = '年月日号';
