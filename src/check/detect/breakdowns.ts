// Where a whole is broken into parts: after 其中 (`吸纳劳动力12862人，其中贫困劳动力3005人`), in
// brackets after it (`13951户（城镇人口240户，农村人口13711户）`), after `N…中，`, and a total on a
// line of its own followed by short `share label count` items (`1.42万人` / `14.17% 因残2017人` …).
import type { DocView, Figure, SentenceView } from '../model.js';
import { between, hasDigit, isAverage, isChangeAmount, isPercent, leftOf, sentenceAt, sentenceIndexAt } from '../scan.js';
import { AMONG_SUFFIX, BREAKDOWN_WORDS, CLAUSE_PUNCT, CLOSE_BRACKETS, COLONS, COMMAS, OPEN_BRACKETS, SEMICOLONS, WHOLE_CUES, WHOLE_WORDS } from '../words.js';

const AMONG = new RegExp(`^[^${CLAUSE_PUNCT}、0-9]{0,10}${AMONG_SUFFIX}[${COMMAS}${COLONS}]`, 'u');

const OPENS_LIST = new RegExp(`^\\s*[${COLONS}]`, 'u');
const ENDS_COLON = new RegExp(`[${COLONS}]\\s*$`, 'u');
const ENDS_ITEM = new RegExp(`[${SEMICOLONS}${COLONS}]\\s*$`, 'u');
const ENDS_SEMICOLON = new RegExp(`[${SEMICOLONS}]\\s*$`, 'u');
const LEAD_NOISE = new RegExp(`[\\s${COMMAS}${COLONS}]`, 'gu');

export interface Breakdown {
  whole: Figure;
  /** the figures after the whole that may be its parts and their shares */
  items: Figure[];
  /**
   * 其中 (some of the whole's members), a list in brackets after the whole, a list under a total on its
   * own line, or parts each with its share (`…有17个，占总任务的7.7%；…`) after a whole stated before
   */
  kind: 'among' | 'bracket' | 'list' | 'shares';
  /** the list is known to be complete: a parallel breakdown in another unit adds up */
  complete?: boolean;
  /** read past the clause of its 其中 (its `；` items): reported only where it holds, unless its labels show it complete */
  loose?: boolean;
  /** another breakdown of a whole already broken down (a later `；` item) */
  facet?: boolean;
  /** the shares name the whole (`占行政村总数的`): trusted with a single share */
  named?: boolean;
  /** the whole is a guess among the amounts before 其中: reported only where it holds */
  tentative?: boolean;
}

/** The breakdowns of a document: after 其中, in brackets after the whole, after `N…中，`, and under a total on its own line. */
export function findBreakdowns(view: DocView): Breakdown[] {
  return [...afterWords(view), ...inBrackets(view), ...afterAmong(view), ...listBreakdowns(view), ...shareRuns(view)];
}

/**
 * `W，其中…` (also a sentence that opens with 其中 after W): the wholes are the figures just before.
 * A list opened by `：` or closed by a bracket is one list; otherwise each `；` item of the sentence
 * is read too: items of one part each make one list (`其中，第一产业增加值…；第二产业…；第三产业…`),
 * an item of several parts is a breakdown of its own (`其中，城镇…，乡村…；男性…，女性…`).
 */
function afterWords(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  for (const word of BREAKDOWN_WORDS) {
    for (let k = view.text.indexOf(word); k >= 0; k = view.text.indexOf(word, k + word.length)) {
      const sentence = sentenceAt(view, k);
      if (!sentence) continue;
      const wholes = wholesBefore(view, k, sentence.start);
      const from = k + word.length;
      const bracketEnd = closingBracket(view, sentence.start, k);
      const groups = bracketEnd < Infinity || opensList(view, from, sentence.end)
        ? [view.figures.filter((f) => f.start >= k && f.end <= Math.min(regionEnd(view, from, sentence.end), bracketEnd))]
        : itemGroups(view, k, sentence);
      if (!wholes.length) {
        out.push(...earlierWholes(view, sentence.start, groups.flat()));
        continue;
      }
      // a sentence opening with 其中 after a list of amounts (`…项目24个、14.5亿元。其中…21.8亿元`) may break
      // down the list's whole, not its last item: its breakdowns are reported only where they hold
      const listed = wholes.some((w) => listBefore(view, w, sentence.start, k));
      for (const whole of wholes) out.push(...groupBreakdowns(view, whole, groups).map((b) => (listed ? { ...b, tentative: true } : b)));
      for (const whole of [...otherWholes(view, k, sentence.start, wholes), ...skippedWholes(view, k, sentence.start, wholes, groups)]) {
        out.push(...groupBreakdowns(view, whole, groups).map((b) => ({ ...b, tentative: true })));
      }
    }
  }
  return out;
}

/** Parts enough, after a 其中 with no whole before it in its sentence, to look for their whole earlier. */
const MANY_PARTS = 3;

/**
 * `现将…资金12580万元下达给你们。…其中，用于产业发展7548万元…；用于…3774万元…；用于…1258万元…`:
 * a 其中 with no whole in its sentence (nor the one before) may break down a whole stated earlier in
 * the document. Any earlier amount of the parts' unit may be it: reported only where it holds.
 */
function earlierWholes(view: DocView, before: number, items: Figure[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const unit of new Set(items.filter((f) => !isPercent(f)).map((f) => f.record.unit))) {
    const parts = items.filter((f) => f.record.unit === unit && !isChangeAmount(view, f) && !isAverage(view, f));
    if (parts.length < MANY_PARTS) continue;
    const wholes = view.figures.filter((f) => f.end <= before && f.record.unit === unit && canBeWhole(view, f));
    for (const whole of wholes.reverse()) out.push({ whole, items, kind: 'among', tentative: true });
  }
  return out;
}

/**
 * Where 其中 opens a sentence after one stating several amounts (`发生火灾9起，…损失548.95万元。其中…3起，…6起`),
 * the one amount of another unit there may be the whole as well as the last.
 */
function otherWholes(view: DocView, at: number, sentenceStart: number, wholes: Figure[]): Figure[] {
  if (!wholes.length || view.text.slice(sentenceStart, at).replace(LEAD_NOISE, '') !== '') return [];
  const before = view.figures.filter((f) => f.start >= previousPeriodStart(view, sentenceStart) && f.end <= at && canBeWhole(view, f));
  const units = new Set(wholes.map((f) => f.record.unit));
  return before.filter((f) => !units.has(f.record.unit) && before.filter((g) => g.record.unit === f.record.unit).length === 1);
}

/**
 * `安排项目320个，年度计划投资6100亿元以上，其中产业项目180个、…45个`: parts of no unit of the
 * wholes just before 其中 may break down the nearest earlier figure of their unit in the sentence,
 * past an amount of another unit. A guess: reported only where it holds.
 */
function skippedWholes(view: DocView, at: number, sentenceStart: number, wholes: Figure[], groups: Figure[][]): Figure[] {
  const units = new Set(wholes.map((f) => f.record.unit));
  const partUnits = new Set(groups.flat().filter((f) => !isPercent(f)).map((f) => f.record.unit));
  if (!wholes.length || [...partUnits].some((u) => units.has(u))) return [];
  const before = view.figures.filter((f) => f.start >= sentenceStart && f.end <= at && canBeWhole(view, f));
  const out: Figure[] = [];
  for (const unit of partUnits) {
    const whole = before.filter((f) => f.record.unit === unit).at(-1);
    if (whole) out.push(whole);
  }
  return out;
}

/** Whether a whole read for a sentence-opening 其中 is the last of several amounts of its unit in the sentence before. */
function listBefore(view: DocView, whole: Figure, sentenceStart: number, at: number): boolean {
  if (view.text.slice(sentenceStart, at).replace(LEAD_NOISE, '') !== '') return false;
  const from = previousPeriodStart(view, sentenceStart);
  return view.figures.filter((f) => f.start >= from && f.end <= whole.start && f.record.unit === whole.record.unit && canBeWhole(view, f)).length >= 1;
}

/** The figures of each `；` item from `at` to the end of the sentence (`。`), stopping at the next 其中. */
function itemGroups(view: DocView, at: number, first: SentenceView): Figure[][] {
  const groups: Figure[][] = [];
  let i = view.sentences.indexOf(first);
  let s: SentenceView | undefined = first;
  for (let n = 0; s && n < 12; n++) {
    const start = Math.max(s.start, at);
    const nested = BREAKDOWN_WORDS.map((w) => view.text.indexOf(w, start + 1)).filter((i) => i >= 0 && i < s!.end);
    const end = nested.length ? Math.min(...nested) : s.end;
    groups.push(view.figures.filter((f) => f.start >= start && f.end <= end));
    if (end < s.end || !ENDS_SEMICOLON.test(view.text.slice(s.start, s.end))) break;
    const next: SentenceView | undefined = view.sentences[++i];
    s = next && next.paragraph === s.paragraph ? next : undefined;
  }
  return groups;
}

function groupBreakdowns(view: DocView, whole: Figure, groups: Figure[][]): Breakdown[] {
  if (groups.length === 1) return [{ whole, items: groups[0], kind: 'among' }];
  const partsOf = (g: Figure[]) => g.filter((f) => isPartOf(view, f, whole));
  if (groups.every((g) => partsOf(g).length <= 1)) return [{ whole, items: groups.flat(), kind: 'among', loose: true }];
  const later = groups.slice(1).filter((g) => partsOf(g).length >= 2 && !partsOf(g).some((f) => namedWhole(view, f)));
  return [{ whole, items: groups[0], kind: 'among' }, ...later.map((items): Breakdown => ({ whole, items, kind: 'among', loose: true, facet: true }))];
}

/** A figure that may be a part of `whole`: of its unit, and an amount of its own (not `比上年增收…`). */
export function isPartOf(view: DocView, f: Figure, whole: Figure): boolean {
  // `户均奖补约3000元` after the parts is an amount each, not one more part
  return !isPercent(f) && f.record.unit === whole.record.unit && !isChangeAmount(view, f) && !isAverage(view, f);
}

/** `全县共有…`: a figure named as a whole of its own, not a part of an earlier one. */
const namedWhole = (view: DocView, f: Figure) => WHOLE_CUES.some((c) => leftOf(view, f, 10).includes(c));

function opensList(view: DocView, from: number, end: number): boolean {
  return OPENS_LIST.test(view.text.slice(from, from + 3)) || ENDS_COLON.test(view.text.slice(from, end));
}

/** `全镇13951户68202人（城镇人口240户544人，农村人口13711户67658人）`. */
function inBrackets(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  for (let k = nextOf(view.text, OPEN_BRACKETS, 0); k >= 0; k = nextOf(view.text, OPEN_BRACKETS, k + 1)) {
    const sentence = sentenceAt(view, k);
    const close = nextOf(view.text, CLOSE_BRACKETS, k);
    if (!sentence || close < 0 || close > sentence.end || BREAKDOWN_WORDS.some((w) => view.text.startsWith(w, k + 1))) continue;
    const wholes = wholesBefore(view, k, sentence.start);
    if (!wholes.length || view.text.slice(wholes.at(-1)!.end, k).trim() !== '') continue;
    const items = view.figures.filter((f) => f.start > k && f.end <= close);
    for (const whole of wholes) out.push({ whole, items, kind: 'bracket' });
  }
  return out;
}

/** `296个市重点项目中，亿元以上项目205个`. */
function afterAmong(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  for (const whole of view.figures) {
    const m = AMONG.exec(view.text.slice(whole.end, whole.end + 14));
    const sentence = sentenceAt(view, whole.start);
    if (!m || !sentence || isPercent(whole) || whole.record.unit === null) continue;
    const from = whole.end + m[0].length;
    const items = view.figures.filter((f) => f.start >= from && f.end <= regionEnd(view, from, sentence.end));
    out.push({ whole, items, kind: 'among' });
  }
  return out;
}

/**
 * The breakdown runs to the end of its sentence; a list opened by `：` runs on through the
 * sentences that end in `；` (or `：`); it stops at the next 其中.
 */
function regionEnd(view: DocView, from: number, sentenceEnd: number): number {
  let end = sentenceEnd;
  const list = opensList(view, from, end);
  for (let n = 0; list && n < 12 && ENDS_ITEM.test(view.text.slice(from, end)); n++) {
    const next = view.sentences.find((x) => x.start >= end);
    if (!next || next.end <= end) break;
    end = next.end;
  }
  const nested = BREAKDOWN_WORDS.map((w) => view.text.indexOf(w, from)).filter((i) => i >= 0 && i < end);
  return nested.length ? Math.min(...nested) : end;
}

/**
 * The figures written just before `at` (a compound `55166户196097人` gives two): in the sentence, or,
 * where 其中 opens the sentence, in the sentence before it with its `；` items.
 */
function wholesBefore(view: DocView, at: number, sentenceStart: number): Figure[] {
  const opens = view.text.slice(sentenceStart, at).replace(LEAD_NOISE, '').length === 0;
  const floor = opens ? previousPeriodStart(view, sentenceStart) : sentenceStart;
  const before = view.figures.filter((f) => f.start >= floor && f.end <= at && canBeWhole(view, f));
  const last = before.at(-1);
  if (!last || (!opens && /[。；;]/.test(view.text.slice(last.end, at)))) return [];
  const run = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = between(view, before[i], run[0]);
    if (!/^[、和及]?$/.test(gap) || run.some((f) => f.record.unit === before[i].record.unit)) break;
    run.unshift(before[i]);
  }
  return run;
}

/** Inside a bracket, a breakdown ends at the bracket's close. */
function closingBracket(view: DocView, sentenceStart: number, at: number): number {
  const lead = view.text.slice(sentenceStart, at);
  if (lastOf(lead, OPEN_BRACKETS) <= lastOf(lead, CLOSE_BRACKETS)) return Infinity;
  const close = nextOf(view.text, CLOSE_BRACKETS, at);
  return close < 0 ? Infinity : close;
}

/**
 * Not a whole: a share, a range (`450元—500元`, its bounds explained after it), a change (`比上年减收1070万元`),
 * an amount each (`人均…74331元`), the whole of a share (`60999万元的40.4%`).
 */
export function canBeWhole(view: DocView, f: Figure): boolean {
  return !isPercent(f) && f.record.unit !== null && f.record.upper === null && !isChangeAmount(view, f) && !isAverage(view, f) && !ofAnother(view, f);
}

/** Up to a clause break after `N的`: a noun the figure sizes (`3亿元的风险补偿资金池，`), not a share or rate of it. */
const SIZED_NOUN = new RegExp(`^的[^${CLAUSE_PUNCT}\\d%]{2,16}?[${CLAUSE_PUNCT}]`, 'u');

/** `60999万元的40.4%`, `3.5万人次的38.86%`: the figure is the whole of a share, not one of its own — unless it sizes a noun. */
function ofAnother(view: DocView, f: Figure): boolean {
  if (!view.text.startsWith('的', f.end)) return false;
  const m = SIZED_NOUN.exec(view.text.slice(f.end, f.end + 18));
  return !m || /比[重例率]/.test(m[0]);
}

/** Start of the sentence before `start`, with the `；` items before it in its paragraph (at most 4). */
export function previousPeriodStart(view: DocView, start: number): number {
  let s = sentenceAt(view, start - 1);
  if (!s) return start;
  for (let n = 0; n < 4; n++) {
    const prev = sentenceAt(view, s.start - 1);
    if (!prev || prev.paragraph !== s.paragraph || !ENDS_SEMICOLON.test(view.text.slice(prev.start, prev.end))) break;
    s = prev;
  }
  return s.start;
}

/** A figure alone on its line (or with a short label), followed by a run of short items. */
function listBreakdowns(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  view.figures.forEach((whole, i) => {
    if (isPercent(whole) || whole.record.unit === null || !aloneOnLine(view, whole)) return;
    const items: Figure[] = [];
    let prev = whole;
    for (const f of view.figures.slice(i + 1)) {
      const gap = between(view, prev, f);
      if (gap.length > 10 || /[。；;]/.test(gap) || hasDigit(gap)) break;
      if (!isPercent(f) && f.record.unit !== whole.record.unit) break;
      items.push(f);
      prev = f;
    }
    if (items.filter((f) => !isPercent(f)).length >= 3) out.push({ whole, items, kind: 'list' });
  });
  return out;
}

function aloneOnLine(view: DocView, f: Figure): boolean {
  const lineStart = view.text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = view.text.indexOf('\n', f.end);
  if (lineEnd < 0) lineEnd = view.text.length;
  const rest = view.text.slice(lineStart, f.start) + view.text.slice(f.end, lineEnd);
  return rest.trim().length <= 6 && !hasDigit(rest) && !/[，。；,;]/.test(rest);
}


/** The first of `chars` at or after `from`, or -1. */
function nextOf(text: string, chars: string, from: number): number {
  for (let i = from; i < text.length; i++) if (chars.includes(text[i])) return i;
  return -1;
}

/** The last of `chars` in `text`, or -1. */
function lastOf(text: string, chars: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (chars.includes(text[i])) return i;
  return -1;
}

/** `17个，占总任务的7.7%`, `44项、占比80.0%`: a count with its share right after it, of a whole the share does not name otherwise. */
const SHARE_OF_WHOLE = new RegExp(`^[${COMMAS}、]?占(?:比|到|了)?(?:([^${CLAUSE_PUNCT}、\\d]{1,10}?)的)?(?:比例|比重)?(?:达到|达|为|约)?$`, 'u');

/**
 * Parts each followed by its share, with no 其中 (`细化为222个具体工作内容。…欠进度的有17个，占总任务的7.7%；
 * 超进度的有10个，占总任务的4.5%…`): the whole is the last amount of the parts' unit before the first
 * part, in its paragraph and at most two sentences back, that is not itself a part with a share.
 */
function shareRuns(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  let run: Figure[] = [];
  const flush = () => {
    const whole = run.length ? wholeOfRun(view, run) : undefined;
    if (whole) out.push({ whole, items: run, kind: 'shares', named: namesWhole(view, run, whole) });
    run = [];
  };
  view.figures.forEach((share, i) => {
    const part = view.figures[i - 1];
    if (!isPercent(share) || !part || isPercent(part) || part.record.unit === null) return;
    const m = SHARE_OF_WHOLE.exec(between(view, part, share));
    if (!m || (m[1] && !genericWhole(m[1]))) return;
    const last = run.at(-1);
    // parallel items: the same unit and the same words for the share, in nearby sentences of one paragraph
    const joins = last && run[run.length - 2].record.unit === part.record.unit
      && shareWords(view, run[run.length - 2], last) === shareWords(view, part, share)
      && sentenceAt(view, last.start)?.paragraph === sentenceAt(view, part.start)?.paragraph
      && sentenceIndexAt(view, part.start) - sentenceIndexAt(view, last.start) <= 1
      && !view.figures.some((f) => f.start >= last.end && f.end <= part.start && f.record.unit === part.record.unit);
    if (!joins) flush();
    run.push(part, share);
  });
  flush();
  return out;
}

const shareWords = (view: DocView, part: Figure, share: Figure) => between(view, part, share).replace(LEAD_NOISE, '').replace(/^、/, '');

/** `总任务`, `行政村总数`, `总数`: the share is of a total, not of another body (`全省`). */
export function genericWhole(named: string): boolean {
  return named.startsWith('总') || WHOLE_WORDS.some((w) => named.endsWith(w));
}

function wholeOfRun(view: DocView, run: Figure[]): Figure | undefined {
  const first = run[0];
  const here = sentenceIndexAt(view, first.start);
  const floorSentence = view.sentences[Math.max(0, here - 2)];
  const paragraph = view.sentences[here]?.paragraph;
  const floor = view.sentences.slice(Math.max(0, here - 2), here + 1).find((s) => s.paragraph === paragraph)?.start ?? floorSentence.start;
  const candidates = view.figures.filter(
    (f) => f.start >= floor && f.end <= first.start && f.record.unit === first.record.unit && canBeWhole(view, f) && !hasShareAfter(view, f),
  );
  const noun = namedNoun(view, run);
  return (noun ? candidates.filter((f) => nounOf(view, f).includes(noun)) : candidates).at(-1);
}

/** The part's figure is followed by its own share (a sibling, not a whole). */
function hasShareAfter(view: DocView, f: Figure): boolean {
  const next = view.figures[view.figures.indexOf(f) + 1];
  return !!next && isPercent(next) && SHARE_OF_WHOLE.test(between(view, f, next));
}

/** `占行政村总数的`: the noun the shares name their whole by (`行政村`), if any. */
function namedNoun(view: DocView, run: Figure[]): string | undefined {
  const m = SHARE_OF_WHOLE.exec(between(view, run[0], run[1]));
  const named = m?.[1];
  if (!named || named.startsWith('总')) return undefined;
  const word = [...WHOLE_WORDS].sort((a, b) => b.length - a.length).find((w) => named.endsWith(w));
  const noun = word ? named.slice(0, -word.length) : named;
  return noun.length >= 2 ? noun : undefined;
}

/** What a figure counts: its metric and the words right after it (`158个行政村`). */
const nounOf = (view: DocView, f: Figure) => `${f.record.metric ?? ''}|${view.text.slice(f.end, f.end + 8)}`;

/** The shares name the whole by its noun: a reading to trust even for a single share. */
function namesWhole(view: DocView, run: Figure[], whole: Figure): boolean {
  const noun = namedNoun(view, run);
  return !!noun && nounOf(view, whole).includes(noun);
}
