// The metadata table a government site prints above a document's text, copied with the page:
// `索引号 | … | 主题分类 | …`, `名称: | X关于…的通知 |`, `文号:嘉府办发〔2024〕23号`. Its lines are
// neither the title nor running text; its labelled values stand in for the fields the document
// itself does not give (the layout decides when).
import type { Line } from './lines.js';
import { METADATA_BULLET, METADATA_FIELD_LABELS, METADATA_PAGE_LABELS } from './words.js';

export type MetadataField = keyof typeof METADATA_FIELD_LABELS;

export interface MetadataValue {
  text: string;
  /** [start, end) in the normalised text */
  start: number;
  end: number;
}

/** Every labelled value of the table, by field, in the order written. */
export type Metadata = Record<MetadataField, MetadataValue[]>;

const FIELD_OF = new Map<string, MetadataField | null>([
  ...Object.entries(METADATA_FIELD_LABELS).flatMap(([field, labels]) => labels.map((l) => [l, field as MetadataField] as const)),
  ...METADATA_PAGE_LABELS.map((l) => [l, null] as const),
]);
const BULLET = METADATA_BULLET.source;
const ALTERNATIVES = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * A label: followed by a colon, standing alone in its cell (`| 发布机构 | X |`), or after the
 * bullet of a list item, where the value follows it directly (`-发布日期2018-04-19`).
 */
const LABEL = new RegExp(
  `(?<=^|[|\\t ])(${ALTERNATIVES}) *(?=[|\\t]|$)|(${ALTERNATIVES}) *[:：]|(?<=^${BULLET} *)(${ALTERNATIVES})`,
  'gu',
);
const LABEL_FIRST = new RegExp(`^(?:[|\\t ]*(?:${ALTERNATIVES}) *(?:[:：]|[|\\t]|$)|${BULLET} *(?:${ALTERNATIVES}))`, 'u');
/** The text of a cell: what lies between cell boundaries, spaces and colons trimmed. */
const CELL = /[^|\t :：][^|\t]*/gu;

/** A line of the table: it opens with one of its labels. */
export function isMetadataLine(text: string): boolean {
  return LABEL_FIRST.test(text);
}

/** The labelled values of the table lines among `lines[0, to)`. */
export function readMetadata(lines: Line[], to: number): Metadata {
  const out: Metadata = { title: [], docNumber: [], issuer: [], issuedOn: [] };
  for (const line of lines.slice(0, to)) {
    if (!isMetadataLine(line.text)) continue;
    for (const { field, value } of labelledValues(line)) out[field].push(value);
  }
  return out;
}

/** Each document-field label of a line with the first cell after it, up to the next label. */
function labelledValues(line: Line): { field: MetadataField; value: MetadataValue }[] {
  const labels = [...line.text.matchAll(LABEL)];
  const out: { field: MetadataField; value: MetadataValue }[] = [];
  labels.forEach((m, k) => {
    const field = FIELD_OF.get(m[1] ?? m[2] ?? m[3]);
    if (!field) return;
    const from = m.index + m[0].length;
    const to = labels[k + 1]?.index ?? line.text.length;
    const value = firstCell(line.text.slice(from, to));
    if (value) out.push({ field, value: { text: value.text, start: line.start + from + value.at, end: line.start + from + value.at + value.text.length } });
  });
  return out;
}

function firstCell(s: string): { text: string; at: number } | null {
  for (const c of s.matchAll(CELL)) {
    const text = c[0].trimEnd();
    if (text) return { text, at: c.index };
  }
  return null;
}

const LABELS_LONGEST_FIRST = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length);

/**
 * A row of labels only, one of them a 文号 (`索引号 文号 发布机构 发布日期`), as a table set
 * with its values in the rows under it prints: read as labels one after another, spaces ignored.
 */
export function labelRow(text: string): boolean {
  const t = text.replace(/[\s|]+/gu, '');
  let labels = 0;
  let number = false;
  for (let at = 0; at < t.length; labels++) {
    const label = LABELS_LONGEST_FIRST.find((l) => t.startsWith(l, at));
    if (!label) return false;
    number ||= FIELD_OF.get(label) === 'docNumber';
    at += label.length;
  }
  return labels >= 2 && number;
}
