// A statement of several totals broken down by category over the sentences after it, each
// category opening with the same verb as the first (bulletins of accidents, cases, projects):
// `发生各类事故143起…；事故死亡18人…；…损失1171.85万元…。其中：发生道路交通事故129起…；事故死亡13人…。
// 其中，属于…（a nested breakdown, skipped）。发生火灾事故9起…。发生工贸企业…事故2起，死亡2人…`.
// Each total sums the figure of its own metric in every category that states one; a category
// may leave a metric out (`未造成人员伤亡`), so a run is kept only where its sum holds.
import type { DocView, Figure, SentenceView } from '../model.js';
import { fig, judge } from '../relation.js';
import { isChangeAmount, isPercent, sentenceAt } from '../scan.js';
import { BREAKDOWN_WORDS, COLONS, COMMAS, SEMICOLONS } from '../words.js';
import { canBeWhole, previousPeriodStart, type Breakdown } from './breakdowns.js';

/** The verb that opens an item: two Han characters (`发生`, `属于`), after 其中 and its punctuation. */
const LEAD = new RegExp(`^(?:${BREAKDOWN_WORDS.join('|')})?[\\s${COMMAS}${COLONS}]*(\\p{Script=Han}{2})`, 'u');
const ENDS_ITEM = new RegExp(`[${SEMICOLONS}]\\s*$`, 'u');
/** A category's total and parts share the last two characters of their metric (`各类事故`/`火灾事故`, `事故死亡`/`死亡`). */
const HEAD = 2;

export function categoryRuns(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  for (const word of BREAKDOWN_WORDS) {
    for (let k = view.text.indexOf(word); k >= 0; k = view.text.indexOf(word, k + word.length)) {
      const sentence = sentenceAt(view, k);
      const lead = sentence && leadOf(view, k);
      if (!sentence || !lead) continue;
      const categories = categoriesAfter(view, sentence, k, lead);
      if (categories.length < 2) continue;
      for (const whole of wholesOf(view, sentence, k)) {
        const parts = categories.map((c) => c.find((f) => sameMetric(view, f, whole))).filter((f): f is Figure => !!f);
        if (parts.length >= 2 && addsUp(whole, parts)) out.push({ whole, items: parts, kind: 'among', loose: true });
      }
    }
  }
  return out;
}

function leadOf(view: DocView, at: number): string | undefined {
  return LEAD.exec(view.text.slice(at, at + 12))?.[1];
}

/** The figures stated before 其中: its sentence's, or where 其中 opens the sentence, the sentence before with its `；` items. */
function wholesOf(view: DocView, sentence: SentenceView, k: number): Figure[] {
  const opens = view.text.slice(sentence.start, k).trim() === '';
  const floor = opens ? previousPeriodStart(view, sentence.start) : sentence.start;
  return view.figures.filter((f) => f.start >= floor && f.end <= k && canBeWhole(view, f));
}

/**
 * The categories after 其中: each `；` item opening with the lead verb starts one, and the items
 * after it up to the `。` belong to it. A sentence opening with 其中 is a breakdown of a category
 * (skipped, with the items opening with its own lead verb); any other sentence ends the run.
 */
function categoriesAfter(view: DocView, first: SentenceView, k: number, lead: string): Figure[][] {
  const categories: Figure[][] = [];
  let nested: string | undefined;
  let inGroup = false;
  const i = view.sentences.indexOf(first);
  for (let j = i; j < view.sentences.length && view.sentences[j].paragraph === first.paragraph; j++) {
    const s = view.sentences[j];
    const raw = view.text.slice(j === i ? k : s.start, s.end);
    const text = raw.trimStart();
    const at = s.end - text.length;
    const opensNested = j > i && BREAKDOWN_WORDS.some((w) => text.startsWith(w));
    const own = leadOf(view, at);
    if (!opensNested && own === lead) {
      categories.push(itemFigures(view, at, s.end));
      nested = undefined;
    } else if (opensNested) {
      nested = own;
    } else if (inGroup) {
      // an item of the category (or of the breakdown being skipped)
      if (!nested) categories.at(-1)!.push(...itemFigures(view, at, s.end));
    } else if (!nested || own !== nested) {
      break;
    }
    inGroup = ENDS_ITEM.test(raw);
  }
  return categories;
}

/** The figures of an item, up to a 其中 inside it (a breakdown of the category, not a category). */
function itemFigures(view: DocView, start: number, end: number): Figure[] {
  const inner = BREAKDOWN_WORDS.map((w) => view.text.indexOf(w, start + w.length)).filter((x) => x >= 0 && x < end);
  const stop = inner.length ? Math.min(...inner) : end;
  return view.figures.filter((f) => f.start >= start && f.end <= stop && !isPercent(f) && !isChangeAmount(view, f));
}

function sameMetric(view: DocView, f: Figure, whole: Figure): boolean {
  const [a, b] = [f.record.metric ?? '', whole.record.metric ?? ''];
  return f.record.unit === whole.record.unit && a.length >= HEAD && b.length >= HEAD && a.slice(-HEAD) === b.slice(-HEAD) && canBeWhole(view, f);
}

function addsUp(whole: Figure, parts: Figure[]): boolean {
  return judge({ rule: 'sum', label: '', stated: fig(whole), compare: 'equal', computed: { kind: 'sum', terms: parts.map((p) => fig(p)) } })?.holds === true;
}
