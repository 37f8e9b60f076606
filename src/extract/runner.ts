// The runner, not the extractors, turns spans absolute, stamps provenance, checks that every
// quote is the text at its span, and validates with Zod; rejected candidates become diagnostics.
import { FactSchemas, type FactType } from '../../schemas/index.js';
import { emptyMeta } from '../core/meta.js';
import { codePointMapper } from '../core/offsets.js';
import type {
  Candidate, Diagnostic, Doc, DocMeta, ExtractContext, Extractor, Fact, FactExtractor,
  FieldExtractor, Refiner, Segment,
} from '../core/types.js';

export interface ExtractionResult {
  meta: DocMeta;
  facts: Fact[];
  diagnostics: Diagnostic[];
}

export function segmentsOf(doc: Doc, scope: Segment['kind']): Segment[] {
  if (scope === 'document') {
    return [{ kind: 'document', text: doc.text, start: 0, end: doc.text.length, section: null, paragraph: null }];
  }
  if (scope === 'paragraph') {
    return doc.paragraphs.map((p) => ({
      kind: 'paragraph', text: p.text, start: p.start, end: p.end, section: p.section, paragraph: p.index,
    }));
  }
  return doc.sentences.map((s) => ({
    kind: 'sentence', text: s.text, start: s.start, end: s.end, section: s.section, paragraph: s.paragraph,
  }));
}

export function createContext(doc: Doc, meta: DocMeta = emptyMeta()): ExtractContext {
  const facts: Fact[] = [];
  return {
    doc,
    meta,
    facts,
    factsOf: <T extends FactType>(type: T) => facts.filter((f) => f.type === type) as unknown as Fact<T>[],
    claimed: overlapIndex(facts),
  };
}

const BLOCK_BITS = 10;

/**
 * `claimed` over facts as they are added: each fact is filed under the 1024-character blocks it
 * covers, so a check looks at its neighbours only (a scan of every fact per check is quadratic
 * on long documents).
 */
function overlapIndex(facts: Fact[]): ExtractContext['claimed'] {
  const blocks = new Map<number, Fact[]>();
  let indexed = 0;
  return (start, end, types) => {
    if (facts.length < indexed) {
      blocks.clear();
      indexed = 0;
    }
    for (; indexed < facts.length; indexed++) {
      const f = facts[indexed];
      for (let b = f.start >> BLOCK_BITS; b <= Math.max(f.start, f.end - 1) >> BLOCK_BITS; b++) {
        const list = blocks.get(b);
        if (list) list.push(f);
        else blocks.set(b, [f]);
      }
    }
    for (let b = start >> BLOCK_BITS; b <= Math.max(start, end - 1) >> BLOCK_BITS; b++) {
      for (const f of blocks.get(b) ?? []) {
        if (f.start < end && start < f.end && (!types || types.includes(f.type))) return true;
      }
    }
    return false;
  };
}

export function runExtractors(
  doc: Doc,
  extractors: readonly Extractor[],
  refiners: readonly Refiner[] = [],
  meta: DocMeta = emptyMeta(),
): ExtractionResult {
  const ctx = createContext(doc, meta);
  const diagnostics: Diagnostic[] = [];
  const toCp = codePointMapper(doc.text);
  const validated = new WeakSet<object>();
  for (const extractor of extractors) {
    for (const segment of segmentsOf(doc, extractor.scope)) {
      let out: unknown[];
      try {
        out = extractor.extract(segment, ctx);
      } catch (err) {
        diagnostics.push(failure(extractor.id, `extractor threw: ${(err as Error).message}`, segment.start, segment.end));
        continue;
      }
      if (extractor.kind === 'field') applyFields(extractor, out as never, segment, ctx, diagnostics);
      else acceptFacts(extractor, out as Candidate[], segment, ctx, diagnostics, toCp, validated);
    }
  }
  let facts = ctx.facts;
  for (const refiner of refiners) {
    try {
      facts = refiner.refine(facts, ctx);
    } catch (err) {
      diagnostics.push(failure(refiner.id, `refiner threw: ${(err as Error).message}`, null, null));
    }
  }
  facts = facts.filter((f) => revalidate(f, doc, diagnostics, validated));
  facts.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
  return { meta: ctx.meta, facts, diagnostics };
}

function failure(extractor: string, message: string, start: number | null, end: number | null): Diagnostic {
  return { extractor, severity: 'rejected', message, start, end };
}

function applyFields(
  extractor: FieldExtractor,
  candidates: ReturnType<FieldExtractor['extract']>,
  segment: Segment,
  ctx: ExtractContext,
  diagnostics: Diagnostic[],
) {
  for (const c of candidates) {
    if (c.start < 0 || c.end > segment.text.length || c.end < c.start) {
      diagnostics.push(failure(extractor.id, `field ${c.field}: span outside its segment`, segment.start + c.start, segment.start + c.end));
      continue;
    }
    const current = ctx.meta[c.field];
    const empty = current === null || current === false || (Array.isArray(current) && current.length === 0);
    if (empty) (ctx.meta as unknown as Record<string, unknown>)[c.field] = c.value;
  }
}

function acceptFacts(
  extractor: FactExtractor,
  candidates: Candidate[],
  segment: Segment,
  ctx: ExtractContext,
  diagnostics: Diagnostic[],
  toCp: (i: number) => number,
  validated: WeakSet<object>,
) {
  const { doc } = ctx;
  for (const c of candidates) {
    const start = segment.start + c.start;
    const end = segment.start + c.end;
    if (c.start < 0 || c.end > segment.text.length || c.end <= c.start) {
      diagnostics.push({ ...failure(extractor.id, 'span outside its segment', start, end), candidate: c });
      continue;
    }
    const quote = doc.text.slice(start, end);
    if (quote !== segment.text.slice(c.start, c.end)) {
      diagnostics.push({ ...failure(extractor.id, 'quote differs from the text at its span', start, end), candidate: c });
      continue;
    }
    const record = {
      ...c.fields,
      type: c.type,
      doc: doc.id,
      quote,
      span: [toCp(start), toCp(end)],
      section: c.section !== undefined ? c.section : sectionAt(doc, start),
    };
    const parsed = FactSchemas[c.type as FactType].safeParse(record);
    if (!parsed.success) {
      diagnostics.push({ ...failure(extractor.id, `invalid ${c.type}: ${issues(parsed.error)}`, start, end), candidate: record });
      continue;
    }
    validated.add(parsed.data);
    ctx.facts.push({ record: parsed.data, type: c.type, start, end, extractor: extractor.id, extractorVersion: extractor.version } as Fact);
  }
}

/**
 * A record the refiners handed back as it was accepted is not parsed again (a refiner that
 * changes a record makes a new one, as figure-context does); the quote is checked for every fact.
 */
function revalidate(f: Fact, doc: Doc, diagnostics: Diagnostic[], validated: WeakSet<object>): boolean {
  const parsed = validated.has(f.record) ? null : FactSchemas[f.type].safeParse(f.record);
  if (parsed && !parsed.success) {
    diagnostics.push({ ...failure(f.extractor, `refined ${f.type} no longer valid: ${issues(parsed.error)}`, f.start, f.end), candidate: f.record });
    return false;
  }
  if (doc.text.slice(f.start, f.end) !== f.record.quote) {
    diagnostics.push(failure(f.extractor, `refined ${f.type}: quote differs from the text at its span`, f.start, f.end));
    return false;
  }
  return true;
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
}

export function sectionAt(doc: Doc, offset: number): string | null {
  return doc.paragraphAt(offset)?.section ?? null;
}
