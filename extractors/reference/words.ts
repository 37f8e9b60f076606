// Word tables of the reference extractor: what a cited policy's title ends with, and the words
// that lead into a title cited without 《》 (`根据…关于印发…的通知（X〔2020〕4号）`).

/**
 * Last words of the title of a policy, law or agreement, after a trailing `（草案）`/`（试行）`:
 * the kinds of official documents and the names of legal texts. Books, films and newspapers
 * in 《》 end otherwise and are not references.
 */
export const POLICY_ENDINGS = [
  '通知', '意见', '方案', '规划', '计划', '办法', '细则', '要点', '纲要', '决定', '决议', '命令', '公报', '公告',
  '通告', '通报', '报告', '请示', '批复', '答复', '复函', '函', '纪要', '议案', '简报',
  '法', '条例', '规定', '规则', '章程', '标准', '规范', '指引', '指南', '目录', '清单', '措施', '制度', '守则',
  '协定', '协议', '公约', '宣言', '白皮书', '政策', '实施意见', '指导意见',
];


/** Words that open the clause of a title cited without 《》, stripped from its start. */
export const CITING_WORDS = [
  '根据', '按照', '依据', '依照', '参照', '对照', '遵照', '贯彻落实', '贯彻', '落实', '执行', '结合', '对', '经', '为',
];
