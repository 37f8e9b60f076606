// The `assignment` extractor: who answers for each measure (GENRE.md "Who answers for what").
// Blocks in brackets after a measure, label lines under it, and task-table rows; each block is
// attached to the item it closes.
import type { Candidate, Doc, FactExtractor } from '../../src/core/types.js';
import { sectionAt } from '../../src/extract/runner.js';
import { findBracketBlocks, findLabelBlocks } from './blocks.js';
import { dateContext, isDeadlinePiece, readDeadline } from './deadline.js';
import { clauseMeasure, itemBefore, measureOf, sentenceMeasure } from './measure.js';
import { parseBlock, type BlockRoles, type ParseOptions } from './parse.js';
import { findRunning } from './running.js';
import { readTaskTable, textTables } from './table.js';
import { FIRST_LISTED_LEADS } from './words.js';

interface Block {
  start: number;
  end: number;
  roles: BlockRoles;
  /** found in running text (`由X负责`), not in a block of its own */
  running?: boolean;
  /** running text that names its actor first: the rest of its sentence is the measure */
  opensSentence?: boolean;
}

/** `列第一位者为牵头单位` anywhere in the text: a statement about every block of the document. */
export function statesFirstListedLeads(text: string): boolean {
  return FIRST_LISTED_LEADS.some((re) => re.test(text));
}

export const assignmentExtractor: FactExtractor<'assignment'> = {
  id: 'assignment',
  version: '3.4.0',
  kind: 'fact',
  type: 'assignment',
  scope: 'document',
  extract(_segment, ctx) {
    const { doc } = ctx;
    const dctx = dateContext(ctx.meta);
    const opts: ParseOptions = {
      firstListedLeads: ctx.meta.firstListedLeads || statesFirstListedLeads(doc.text),
      isDeadline: (piece) => isDeadlinePiece(piece, dctx),
    };
    const tables = [...doc.tables, ...textTables(doc)]
      .map((t) => ({ t, rows: readTaskTable(t, opts.firstListedLeads) }))
      .filter((x) => x.rows.length);
    const inTaskTable = (at: number) => tables.some(({ t }) => t.start <= at && at < t.end);
    const found = textBlocks(doc, opts, inTaskTable);
    // a task table is the document's own account of who answers: running text adds nothing to it
    const blocks = tables.length ? found : withRunning(doc, found, opts.isDeadline);
    const out: Candidate<'assignment'>[] = [];
    blocks.forEach((b, i) => {
      const measure =
        (b.opensSentence ? sentenceMeasure(doc, b.start) : null) ??
        (b.running ? clauseMeasure(doc, b.start) : null) ??
        measureOf(doc, b.start, i > 0 ? blocks[i - 1].end : 0);
      out.push({
        type: 'assignment',
        start: b.start,
        end: b.end,
        fields: {
          measure: measure?.text ?? '',
          leaders: b.roles.leaders,
          leadUnits: b.roles.leadUnits,
          responsibleUnits: b.roles.responsibleUnits,
          deadline: b.roles.deadline ? readDeadline(b.roles.deadline, dctx) : null,
        },
        section: sectionAt(doc, measure?.at ?? b.start),
      });
    });
    for (const { rows } of tables) {
      for (const r of rows) {
        out.push({
          type: 'assignment',
          start: r.start,
          end: r.end,
          fields: {
            measure: r.measure,
            leaders: r.leaders,
            leadUnits: r.leadUnits,
            responsibleUnits: r.responsibleUnits,
            deadline: r.deadline ? readDeadline(r.deadline, dctx) : null,
          },
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** Bracket blocks and label blocks in text order, a block that directly follows another merged into it. */
function textBlocks(doc: Doc, opts: ParseOptions, skip: (at: number) => boolean): Block[] {
  const found: Block[] = [];
  const accept = (start: number, content: string) => {
    if (skip(start)) return false;
    const roles = parseBlock(content, opts);
    if (roles) found.push({ start, end: start + content.length + 2, roles });
    return roles !== null;
  };
  findBracketBlocks(doc.text, accept);
  const inBracket = (at: number) => skip(at) || found.some((b) => b.start <= at && at < b.end);
  for (const span of findLabelBlocks(doc, inBracket)) {
    const roles = parseBlock(span.content, opts);
    if (roles) found.push({ start: span.start, end: span.end, roles });
  }
  found.sort((a, b) => a.start - b.start);
  return mergeAdjacent(doc.text, found);
}

/** A clause straight after a running form's roles, up to the sentence's end. */
const DEADLINE_AFTER_ROLES = /^[，,]([^，,。；;！？!?\n]{2,20})(?=[。；;！？!?\n]|$)/u;

/** `X要会同Y于2023年6月底前开展…`: the time between the actors and their task. */
const DEADLINE_AFTER_ACTORS = /^于([^，,。；;！？!?\n]{2,14}?前)/u;

/** Running-text forms in the items (or, with no outline, the paragraphs) that have no block. */
function withRunning(doc: Doc, blocks: Block[], isDeadline: (piece: string) => boolean): Block[] {
  // an item is known by its opening paragraph; text with no outline, by its own paragraph
  const unitOf = (at: number) => itemBefore(doc, at)?.index ?? -1 - (doc.paragraphAt(at)?.index ?? 0);
  const covered = new Set(blocks.map((b) => unitOf(b.start)));
  const extra: Block[] = [];
  for (const p of doc.paragraphs) {
    if (p.table !== null) continue;
    for (const hit of findRunning(p.text)) {
      const start = p.start + hit.start;
      if (covered.has(unitOf(start))) continue;
      // `由X牵头，Y配合，2024年上半年完成。`: the clause after the roles gives their deadline
      const after = (hit.opensSentence ? DEADLINE_AFTER_ACTORS : DEADLINE_AFTER_ROLES).exec(p.text.slice(hit.end));
      const deadline = after && isDeadline(after[1]) ? after : null;
      const roles = deadline ? { ...hit.roles, deadline: deadline[1] } : hit.roles;
      const end = p.start + hit.end + (deadline ? deadline[0].length : 0);
      extra.push({ start, end, roles, running: true, opensSentence: hit.opensSentence });
    }
  }
  return extra.length ? [...blocks, ...extra].sort((a, b) => a.start - b.start) : blocks;
}

function mergeAdjacent(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (prev && /^[\s。；;，,]*$/u.test(text.slice(prev.end, b.start))) {
      prev.end = b.end;
      prev.roles = mergeRoles(prev.roles, b.roles);
    } else out.push({ ...b });
  }
  return out;
}

function mergeRoles(a: BlockRoles, b: BlockRoles): BlockRoles {
  const join = (x: string[], y: string[]) => [...x, ...y.filter((n) => !x.includes(n))];
  return {
    leaders: join(a.leaders, b.leaders),
    leadUnits: join(a.leadUnits, b.leadUnits),
    responsibleUnits: join(a.responsibleUnits, b.responsibleUnits),
    deadline: a.deadline ?? b.deadline,
    statesFirstLeads: a.statesFirstLeads || b.statesFirstLeads,
  };
}

