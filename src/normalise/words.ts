// Word tables of the line joiner (data, not code).

/**
 * Words a line label begins with (`责任单位：`, `完成时限：`, `联系电话：`, web page metadata
 * `发布日期：`). A `xx：` line that begins with none of them is the tail of a sentence broken
 * before its colon (`通⏎知如下：`), or an addressee line (`各高等院校：`), not a label.
 */
export const LABEL_WORDS: readonly string[] = [
  // who answers for a task, and when (GENRE.md, "Who answers for what")
  '牵头', '责任', '配合', '协办', '主办', '承办', '参与单位', '分管', '完成时限', '完成时间',
  '时间节点', '时限', '进度安排',
  // the fields of a task list in a plan
  '主要任务', '重点任务', '工作任务', '目标任务', '主要目标', '工作目标', '预期目标', '具体措施', '主要措施',
  '工作措施', '实施主体', '建设内容', '资金来源',
  // the parts of a document
  '附件', '主送', '抄送', '抄报', '签发人', '附注', '备注', '联系人', '联系电话', '联系方式',
  '电话', '传真', '邮箱', '电子邮箱', '地址', '邮编', '主题词', '关键词',
  // metadata blocks of government web pages
  '索引号', '文号', '发文字号', '发文机关', '发布机构', '发布日期', '发布时间', '成文日期', '印发日期',
  '生效日期', '实施日期', '废止日期', '有效性', '主题分类', '组配分类', '信息来源', '来源', '浏览次数',
  '字体', '标题', '名称', '分类', '作者', '编辑', '责任编辑', '日期', '时间',
];

/** Closing punctuation a typeset line never starts with (kinsoku): such a line continues the last one. */
export const NO_LINE_START = '，。、；：？！,;:?!）)》」』”’〕】］';

/** The kinds a title ends with (GENRE.md): a line ending in one ends a title, not mid-word. */
export const KIND_ENDINGS: readonly string[] = [
  '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函',
  '纪要', '方案', '计划', '规划', '办法', '细则', '要点', '答复', '复函',
];
