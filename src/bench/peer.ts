// The peer: Microsoft's Recognizers-Text (culture zh-cn) — numbers, numbers with units,
// percentages, dates — the library an analyst would otherwise reach for. It is built for
// utterances and slows down on long inputs, so it is fed one sentence at a time.
import { createRequire } from 'node:module';

/** The subset of @microsoft/recognizers-text-suite used here (a dev dependency, loaded on demand). */
interface PeerResult {
  start: number;
  /** inclusive */
  end: number;
  text: string;
  typeName: string;
  resolution: { value?: string; unit?: string; values?: PeerDateValue[] } | null;
}
interface PeerDateValue {
  timex?: string;
  type?: string;
  Mod?: string;
  value?: string;
  start?: string;
  end?: string;
}
type Recognize = (text: string, culture: string, options?: number, refDate?: Date) => PeerResult[];
interface Suite {
  Culture: { Chinese: string };
  recognizeNumber: Recognize;
  recognizePercentage: Recognize;
  recognizeCurrency: Recognize;
  recognizeDimension: Recognize;
  recognizeAge: Recognize;
  recognizeTemperature: Recognize;
  recognizeDateTime: Recognize;
}

/** The models timed and scored: number, number with unit (its four zh-cn models), percentage, date-time. */
export const PEER_MODELS = ['Number', 'Currency', 'Dimension', 'Age', 'Temperature', 'Percentage', 'DateTime'] as const;
type Model = (typeof PEER_MODELS)[number];

export function loadPeer(): Suite | null {
  try {
    return createRequire(import.meta.url)('@microsoft/recognizers-text-suite') as Suite;
  } catch {
    return null;
  }
}

const recognizer = (suite: Suite, model: Model): Recognize => suite[`recognize${model}`];

/** Sentence-sized pieces: what the peer is built for (its cost grows faster than the input). */
export function peerSentences(text: string): string[] {
  return text
    .replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '')
    .split(/(?<=[。；！？])/u)
    .filter((s) => s.trim() !== '');
}

export interface PeerTiming {
  chars: number;
  sentences: number;
  /** milliseconds per model over all the sentences */
  ms: Record<Model, number>;
  totalMs: number;
}

/** Runs every model over every sentence, after one warm-up call each (building its regexes). */
export function timePeer(suite: Suite, sentences: string[]): PeerTiming {
  const culture = suite.Culture.Chinese;
  const ms = {} as Record<Model, number>;
  for (const model of PEER_MODELS) {
    const run = recognizer(suite, model);
    run('2020年增长5%，投入3万元', culture);
    const t = performance.now();
    for (const s of sentences) run(s, culture);
    ms[model] = performance.now() - t;
  }
  const totalMs = Object.values(ms).reduce((a, b) => a + b, 0);
  return { chars: sentences.reduce((n, s) => n + s.length, 0), sentences: sentences.length, ms, totalMs };
}

export interface PeerRecord {
  type: 'quantity' | 'date';
  doc: string;
  quote: string;
  span: [number, number];
  value?: number;
  unit?: string | null;
  upper?: null;
  start?: string;
  end?: string | null;
  role?: string;
}

/**
 * What the peer reads from one sentence, as export-like quantity and date records (spans in
 * the sentence). A number inside a unit, percentage or date result is that result's part, not
 * a quantity of its own; a unit is what the text writes after the number.
 */
export function peerRecords(suite: Suite, doc: string, sentence: string, refDate: Date): PeerRecord[] {
  const culture = suite.Culture.Chinese;
  const dates = suite.recognizeDateTime(sentence, culture, undefined, refDate).map((r) => dateRecord(doc, r, refDate)).filter((r) => r !== null);
  const withUnit = (['Percentage', 'Currency', 'Dimension', 'Age', 'Temperature'] as const)
    .flatMap((m) => recognizer(suite, m)(sentence, culture))
    .map((r) => quantityRecord(doc, r, r.typeName === 'percentage' ? '%' : unitOf(r.text)));
  const taken = [...dates, ...withUnit];
  const inside = (r: PeerRecord) => taken.some((t) => t.span[0] <= r.span[0] && r.span[1] <= t.span[1]);
  const bare = suite.recognizeNumber(sentence, culture).map((r) => quantityRecord(doc, r, null)).filter((r) => !inside(r));
  return [...dates, ...withUnit, ...bare].filter((r) => r.type === 'date' || Number.isFinite(r.value));
}

function quantityRecord(doc: string, r: PeerResult, unit: string | null): PeerRecord {
  return { type: 'quantity', doc, quote: r.text, span: [r.start, r.end + 1], value: Number.parseFloat(r.resolution?.value ?? ''), unit, upper: null };
}

/** The unit as written: the text after the numeral (`3.2万亿元` → `元`, `5.6平方公里` → `平方公里`). */
export function unitOf(text: string): string | null {
  const unit = text.replace(/^[约近逾超过多]*[\d０-９.．,，零〇一二两三四五六七八九十百千万亿点几]+/u, '');
  return unit === '' ? null : unit;
}

function dateRecord(doc: string, r: PeerResult, refDate: Date): PeerRecord | null {
  if (!/^datetimeV2\.(date|daterange|datetime)$/.test(r.typeName)) return null; // durations, sets, times
  const value = nearest(r.resolution?.values ?? [], refDate);
  if (!value) return null;
  const base = { type: 'date' as const, doc, quote: r.text, span: [r.start, r.end + 1] as [number, number] };
  if (value.value) {
    const day = value.value.slice(0, 10);
    return { ...base, start: day, end: day, role: 'point' };
  }
  if (value.Mod === 'since' && value.start) return { ...base, start: value.start, end: null, role: 'since' };
  if (value.Mod === 'before' && value.end) return { ...base, start: value.end, end: value.end, role: 'deadline' };
  if (value.start && value.end) return { ...base, start: value.start, end: dayBefore(value.end), role: 'period' };
  return null;
}

/** Of the readings the peer offers for a date without a year (last one, next one), the nearer to the document's date. */
function nearest(values: PeerDateValue[], refDate: Date): PeerDateValue | undefined {
  const at = (v: PeerDateValue) => Date.parse(v.value ?? v.start ?? v.end ?? '');
  return [...values].sort((a, b) => Math.abs(at(a) - refDate.getTime()) - Math.abs(at(b) - refDate.getTime()))[0];
}

/** The peer's ranges end on the day after (`2018年12月` → 2018-12-01 … 2019-01-01). */
function dayBefore(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
