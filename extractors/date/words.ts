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

/** Cues written after a date, longest first. */
export const SUFFIX_CUES: readonly { word: string; role: DateRole }[] = [
  { word: '以来', role: 'since' },
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
  前: ['期', '列', '景', '沿', '提', '置', '面', '端', '瞻', '线'],
  后: ['续', '期', '盾', '勤', '方', '面', '台', '果'],
  起: ['草', '步', '点', '源', '诉', '始', '来'],
  开始: [],
  完成: ['率', '情况', '投资', '任务'],
};

/** Ends of a month or a year written after it: `6月底`, `2018年底`, `2020年年底`, `年末`. */
export const END_WORDS = ['底', '末'] as const;

/** The three ten-day parts of a month. */
export const XUN_WORDS: Record<string, 1 | 2 | 3> = { 上旬: 1, 中旬: 2, 下旬: 3 };

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
  明年: 1,
};

/** `年内`: within the document's year — a deadline at the year's end. */
export const WITHIN_YEAR_WORDS = ['年内'] as const;

/** A date directly followed by one of these is a duration or a count, not a date (`30日内` is read elsewhere). */
export const NOT_A_DATE_AFTER = ['个', '多', '余', '左右'] as const;

/** A date directly preceded by one of these is a recurrence or a count (`每月`, `每年`, `近3年`). */
export const NOT_A_DATE_BEFORE = ['每', '逐', '第', '近', '连续', '前', '后', '头', '满', '历时'] as const;
