// Word tables of the date reader: the cues and period words that official documents use around
// dates (GENRE.md, "Dates and periods"). Data only; core.ts reads them.
import type { DateRole } from '../../schemas/index.js';

/** Blank characters allowed between the parts of a date (`2020 年 4 月`). */
export const DATE_BLANKS = ' \t\u3000\u00a0';

/** Separators of a range (`2020年3月30日—6月30日`, `7月5日至11日`, `2020年到2025年`). */
export const RANGE_SEPARATORS = ['——', '—', '–', '－', '-', '~', '～', '至', '到'] as const;

/** Words joining two dates of a list that share their year (`2004年4月和9月`). */
export const LIST_JOINERS = ['和', '及', '、', '与'] as const;

/** Cues written before a date, longest first; `role` is what the cue alone says. */
export const PREFIX_CUES: readonly { word: string; role: DateRole | 'from' }[] = [
  { word: '完成时限：', role: 'deadline' },
  { word: '完成时限:', role: 'deadline' },
  { word: '完成时间：', role: 'deadline' },
  { word: '完成时间:', role: 'deadline' },
  { word: '时间节点：', role: 'deadline' },
  { word: '时间节点:', role: 'deadline' },
  { word: '完成期限：', role: 'deadline' },
  { word: '完成期限:', role: 'deadline' },
  { word: '时限：', role: 'deadline' },
  { word: '时限:', role: 'deadline' },
  { word: '截止到', role: 'point' },
  { word: '截至到', role: 'point' },
  { word: '截止', role: 'point' },
  { word: '截至', role: 'point' },
  { word: '直到', role: 'deadline' },
  { word: '到', role: 'deadline' },
  { word: '至', role: 'deadline' },
  // `自…起`, `从…起`, `自…以来`: since; `自…至…`: a range
  { word: '自', role: 'from' },
  { word: '从', role: 'from' },
];

/**
 * `自2022年7月15日起至9月30日止`: one period, its start marked 起 before the separator and its end
 * marked 止 after the second date.
 */
export const RANGE_OPEN_MARKS = ['起'] as const;
export const RANGE_CLOSE_MARKS = ['止'] as const;

/** Words that close a clause opened by `自`/`从` before a date: `自2020年全区开展评估以来` is a since-date. */
export const SINCE_CLOSERS = ['以来'];

/** Words just before a date (not part of its quote) that make it a target to reach: `力争2025年…`, `争取到2020年`. */
export const TARGET_LEADS = ['力争', '争取', '确保'] as const;

/** Cues written after a date, longest first. */
export const SUFFIX_CUES: readonly { word: string; role: DateRole }[] = [
  { word: '以来', role: 'since' },
  { word: '至今', role: 'since' },
  { word: '起', role: 'since' },
  { word: '开始', role: 'since' },
  { word: '之前', role: 'deadline' },
  { word: '以前', role: 'deadline' },
  { word: '前', role: 'deadline' },
  { word: '完成', role: 'deadline' },
  { word: '以后', role: 'point' },
  { word: '之后', role: 'point' },
  { word: '后', role: 'point' },
];

/** Words after which a `…前`/`…后` is not a cue but part of another word (`前期`, `后续`). */
export const NOT_CUE_AFTER: Record<string, readonly string[]> = {
  // `较2017年前移1位`: a rank moved up (后移: down), no deadline
  前: ['后', '期', '列', '景', '沿', '提', '置', '面', '端', '瞻', '线', '移'],
  后: ['续', '期', '盾', '勤', '方', '面', '台', '果', '移'],
  起: ['草', '步', '点', '源', '诉', '始', '来'],
  开始: [],
  完成: ['率', '情况', '投资', '任务'],
};

/** A date followed by one of these qualifies what follows (`到2018年底的13675户`): its prefix cue is no deadline. */
export const ATTRIBUTIVE_MARKS = ['的'] as const;

/**
 * A period followed by an adverb of completion and a verb of achieving is the time by which
 * something is to be done (`上半年全部完成`, `上半年全面消除绝对贫困`): a deadline. Both are
 * needed: `2019年完成投资` reports, `下半年全面巩固` runs through the period.
 */
export const COMPLETION_ADVERBS = ['全部', '全面', '基本', '确保', '力争', '必须', '要'] as const;
export const COMPLETION_VERBS = [
  '完成', '达到', '达标', '实现', '消除', '清零', '脱贫', '摘帽', '退出', '建成', '竣工', '完工', '到位', '办结', '解决',
] as const;

/** Parts of the day written before a clock time (`19日晚8时35分`). */
export const DAY_PARTS = ['凌晨', '早上', '上午', '中午', '下午', '晚上', '夜间', '晚', '早'] as const;

/** Ends of a month or a year written after it: `6月底`, `2018年底`, `2020年年底`, `年末`. */
export const END_WORDS = ['底', '末'] as const;

/** The ten-day parts of a month (first and last of them), longest first. */
export const XUN_WORDS: Record<string, [1 | 2 | 3, 1 | 2 | 3]> = {
  上中旬: [1, 2], 中下旬: [2, 3], 上旬: [1, 1], 中旬: [2, 2], 下旬: [3, 3],
};

/** Halves of a year. */
export const HALF_WORDS: Record<string, 1 | 2> = { 上半年: 1, 下半年: 2 };

/** Quarter ordinals (`一季度`, `第三季度`, `3季度`). */
export const QUARTER_DIGITS: Record<string, 1 | 2 | 3 | 4> = {
  一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4,
};

/** `前三季度`: the first n quarters of a year, a range. */
export const FIRST_QUARTERS_PREFIX = '前';

/** Years named relative to the document's date. */
export const RELATIVE_YEARS: Record<string, -1 | 0 | 1> = {
  今年: 0,
  本年: 0,
  本年度: 0,
  去年: -1,
  过去一年: -1,
  明年: 1,
};

/**
 * Months named relative to the document's date: `本月以来`, `本月25日前` in a bulletin dated in
 * October are October's. `当月` is left out: in rules it is "that month" (`印发当月`), not a date.
 */
export const RELATIVE_MONTHS: Record<string, -1 | 0 | 1> = { 本月: 0, 上月: -1, 下月: 1 };

/**
 * Years named relative to the year in context (`2019年…次年1月`, `截至2024年末…较上年末` → 2023年末). `当年` is left out:
 * it is as often "that year" of a rule as a date. Read only with a month or a part of the year (`上年` alone is no date).
 */
export const CONTEXT_RELATIVE_YEARS: Record<string, number> = { 次年: 1, 翌年: 1, 同年: 0, 上年: -1 };

/** A weekday in brackets after a day: `2021年4月30日（星期五）`. */
export const WEEKDAY_NOTE = /^[（(](?:星期|周|礼拜)[一二三四五六日天][）)]/;

/** `年内`: within the document's year — a deadline at the year's end. */
export const WITHIN_YEAR_WORDS = ['年内'] as const;

/** A date directly followed by one of these is a duration or a count, not a date (`30日内` is read elsewhere). */
export const NOT_A_DATE_AFTER = ['个', '多', '余', '左右'] as const;

/** After a year, words naming the same part of it as the period reported on (`去年同期`). */
export const SAME_PERIOD_AFTER = ['同期'] as const;

/**
 * Words that make a sentence a rule repeated every year or month (`每年1月31日前报…，省财政厅于
 * 2月20日前汇总`): after one, a date that does not name the period that repeats (no year after
 * 每年; no month, or only 本月/上月/下月, after 每月) is a step of the recurrence, not a date.
 */
export const RECURRENCE_WORDS: Record<string, 'year' | 'month'> = { 每年: 'year', 每月: 'month' };

/** A date directly preceded by one of these is a recurrence or a count (`每月`, `每年`, `近3年`). */
export const NOT_A_DATE_BEFORE = ['每', '逐', '第', '近', '连续', '前', '后', '头', '满', '历时'] as const;

/**
 * A heading with one of these words and no year reviews the year before the document's
 * (`一、过去五年工作回顾` in a 2023 work report: its `一季度`, `年底` are of 2022).
 */
export const REVIEW_HEADING_WORDS = ['回顾'] as const;
