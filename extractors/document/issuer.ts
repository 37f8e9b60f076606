// `issuer`: the issuing body — the title's part before `关于`/`印发` when it names a body, else
// the signature above the date, else the masthead (`XX文件`), else, in a work report, the
// government the speaker reports for (`我代表省人民政府向大会报告工作`, or a news copy's
// `省长X作山东省人民政府工作报告`), else the 发文机关 of the site's metadata table, else the
// body named alone under the title, as a plan's cover prints it.
import type { Doc, FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { bodyName, issuerPrefix, layoutOf, mastheadName, type Layout } from './layout.js';
import { offsetInJoined, textWithGaps } from './lines.js';
import { REPORT_CONGRESS, REPORT_DELIVERED_FOR, REPORT_NAMED, REPORT_TITLE_ENDING } from './words.js';

export const issuerExtractor: FieldExtractor = {
  id: 'document.issuer',
  version: '1.4.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const { doc } = ctx;
    const layout = layoutOf(doc);
    const found = fromTitle(doc, layout) ?? fromSignature(doc, layout) ?? fromMasthead(layout) ?? fromReport(doc) ?? fromMetadata(layout)
      ?? fromCover(doc, layout);
    return found ? [found] : [];
  },
};

function candidate(value: string, start: number, end: number): FieldCandidate<'issuer'> {
  return { field: 'issuer', value, start, end };
}

function fromTitle(doc: Doc, { title }: Layout): FieldCandidate | null {
  const prefix = title ? issuerPrefix(title.text) ?? reportGovernment(title.text) : null;
  if (!title || !prefix) return null;
  // the title may span lines: map the prefix back through them (its end is just past its last
  // character, never past the line break after it), and leave the breaks out of the name
  const end = offsetInJoined(doc, title.start, prefix.length - 1) + 1;
  return candidate(textWithGaps(doc, title.start, end).replaceAll('\n', ''), title.start, end);
}

/** `山东省人民政府工作报告` → `山东省人民政府`. */
function reportGovernment(title: string): string | null {
  const body = title.endsWith(REPORT_TITLE_ENDING) ? title.slice(0, -REPORT_TITLE_ENDING.length) : '';
  return body.endsWith('政府') && bodyName(body) && body !== '政府' ? body : null;
}

function fromSignature(doc: Doc, { dateLine, signature }: Layout): FieldCandidate | null {
  const parts = signature.map((l) => textWithGaps(doc, l.start, l.end));
  if (dateLine?.signature) parts.push(textWithGaps(doc, dateLine.signature.start, dateLine.signature.end));
  if (parts.length === 0) return null;
  // names side by side (`广州市民政局 广州市财政局`) keep a space between lines too
  const value = parts.join(parts.some((p) => p.includes(' ')) ? ' ' : '');
  const start = signature[0]?.start ?? dateLine!.signature!.start;
  const end = dateLine?.signature?.end ?? signature[signature.length - 1].end;
  return candidate(value, start, end);
}

function fromMasthead({ masthead }: Layout): FieldCandidate | null {
  const name = mastheadName(masthead);
  return name ? candidate(name, masthead[0].start, masthead[masthead.length - 1].end) : null;
}

function fromReport(doc: Doc): FieldCandidate | null {
  const m = REPORT_DELIVERED_FOR.exec(doc.text) ?? REPORT_NAMED.exec(doc.text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return candidate(withRegion(doc.text, m[1]), start, start + m[1].length);
}

/** `省人民政府` → `贵州省人民政府` when the report names the congress of 贵州省. */
function withRegion(text: string, body: string): string {
  const congress = REPORT_CONGRESS.exec(text);
  if (!congress) return body;
  const [, region, level] = congress;
  return body.startsWith(level) && !body.startsWith(region) ? region + body.slice(level.length) : body;
}

/** The table's 发文机关, a second name in brackets left off (`X农业农村局（X乡村振兴局）`). */
function fromMetadata({ metadata }: Layout): FieldCandidate | null {
  for (const v of metadata.issuer) {
    const name = v.text.replace(/[（(][^（()）]+[）)]$/u, '');
    if (bodyName(name)) return candidate(name, v.start, v.start + name.length);
  }
  return null;
}

function fromCover(doc: Doc, { cover }: Layout): FieldCandidate | null {
  return cover ? candidate(textWithGaps(doc, cover.start, cover.end), cover.start, cover.end) : null;
}
