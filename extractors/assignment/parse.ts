// Reads the content of one responsibility block into roles: the labelled form
// `牵头领导：…；牵头单位：…；责任单位：…`, the running form `X牵头，Y、Z配合` / `X、Y负责` / `X会同Y负责`,
// or both in one block.
import { bodiesOf, leadersOf, looksLikeBody, looksLikePerson, splitTopLevel, unique } from './lists.js';
import {
  ANSWERING_LABELS, BLOCK_FILLERS, CLAUSE_CUES, FIRST_LISTED_LEADS, JOINT_VERBS, LEAD_MARK, ROLE_LABELS, ROLE_VERBS, type Role,
} from './words.js';

export interface BlockRoles {
  leaders: string[];
  leadUnits: string[];
  responsibleUnits: string[];
  /** the text of the deadline (`2018年12月`, `6月底完成`), read into a date by the caller */
  deadline: string | null;
  /** the block says that the body listed first leads */
  statesFirstLeads: boolean;
}

export interface ParseOptions {
  firstListedLeads: boolean;
  /** tells whether a piece is a deadline (`6月底完成`); supplied by the caller from the date reader */
  isDeadline(piece: string): boolean;
}

const LABEL_NAMES = Object.keys(ROLE_LABELS).sort((a, b) => b.length - a.length);
const LABEL_SOURCE = `(${LABEL_NAMES.join('|')})\\s*[：:]`;
const LEADING_LABEL = new RegExp(`^[\\s*]*(?:${LABEL_NAMES.join('|')})\\s*[：:]`, 'u');

/** Every `LABEL：` in a text (a fresh global regex: a shared one would carry its lastIndex along). */
export function labelsIn(text: string): RegExpExecArray[] {
  if (!text.includes('：') && !text.includes(':')) return []; // most paragraphs: no label can end in them
  return [...text.matchAll(new RegExp(LABEL_SOURCE, 'gu'))];
}

/** `LABEL：` at the very start of a text (emphasis marks and spaces allowed before it). */
export function startsWithLabel(text: string): boolean {
  return LEADING_LABEL.test(text);
}

/** Roles of a block's content, or null when it is not a responsibility block. */
export function parseBlock(content: string, opts: ParseOptions): BlockRoles | null {
  const text = content.replace(/\*+/g, '');
  const labels = labelsIn(text);
  const roles: BlockRoles = { leaders: [], leadUnits: [], responsibleUnits: [], deadline: null, statesFirstLeads: false };
  const head = labels.length ? text.slice(0, labels[0].index) : text;
  if (stripDebris(head, labels[0]?.[1]).replace(/[\s，,；;。]/g, '')) {
    if (!readRunning(head, roles, opts)) return null;
  }
  labels.forEach((m, i) => {
    const next = labels[i + 1];
    const value = stripDebris(text.slice(m.index + m[0].length, next ? next.index : text.length), next?.[1]);
    const { field, rest } = fieldOf(value);
    fillLabel(ROLE_LABELS[m[1]], field, roles);
    readAfterField(rest, roles, opts);
  });
  // a 责任单位 list whose first body leads, by the document's own rule (not a 配合单位 list)
  const answering = labels.some((m) => ANSWERING_LABELS.includes(m[1]));
  if (answering && (opts.firstListedLeads || roles.statesFirstLeads) && !roles.leadUnits.length && roles.responsibleUnits.length) {
    roles.leadUnits.push(roles.responsibleUnits.shift()!);
  }
  const named = roles.leaders.length + roles.leadUnits.length + roles.responsibleUnits.length;
  if (!named && !(labels.length && roles.deadline)) return null;
  return roles;
}

/** Page-break debris: the start of the next label left before it (`…州财政局；责\n责任单位：`). */
function stripDebris(value: string, nextLabel: string | undefined): string {
  let v = value.replace(/\s+$/u, '');
  if (nextLabel) {
    for (let k = Math.min(nextLabel.length - 1, v.length); k > 0; k--) {
      if (v.endsWith(nextLabel.slice(0, k))) {
        v = v.slice(0, -k);
        break;
      }
    }
  }
  return v.replace(/[\s，,；;。、]+$/u, '');
}

/**
 * A field's list ends at a sentence end (`。`) or at a piece that opens a sentence about the tasks
 * (`以下任务均需…落实`): what follows is not a list of names.
 */
function fieldOf(value: string): { field: string; rest: string } {
  const pieces = splitTopLevel(value, '，,；;。');
  let at = 0;
  for (const piece of pieces) {
    const next = at + piece.length;
    if (at > 0 && CLAUSE_CUES.some((w) => piece.includes(w))) return { field: trimList(value.slice(0, at)), rest: value.slice(at) };
    if (value[next] === '。') return { field: trimList(value.slice(0, next)), rest: value.slice(next + 1) };
    at = next + 1;
  }
  return { field: value, rest: '' };
}

const trimList = (s: string) => s.replace(/[\s，,；;。、]+$/u, '');

/** After a field's list only a deadline or the first-listed-leads rule is read (`。2023年底前完成`). */
function readAfterField(rest: string, roles: BlockRoles, opts: ParseOptions) {
  for (const raw of splitTopLevel(rest, '，,；;。')) {
    const piece = raw.replace(/\s+/g, '');
    if (FIRST_LISTED_LEADS.some((re) => re.test(piece))) roles.statesFirstLeads = true;
    else if (opts.isDeadline(piece)) roles.deadline ??= piece;
  }
}

function fillLabel(role: Role, value: string, roles: BlockRoles) {
  if (role === 'deadline') {
    roles.deadline ??= value.trim() || null;
    return;
  }
  if (role === 'leaders') {
    roles.leaders.push(...leadersOf(value));
    return;
  }
  for (const part of labelledGroups(value, role)) addBodies(part.role, part.bodies, roles);
}

/**
 * The bodies of a unit field by role: the label's role, unless a piece closes with a role verb
 * (`责任单位：X牵头，Y、Z等有关部门参加，各镇街落实` → X leads, the rest answer). The label already says
 * these are bodies, so their names are not tested as the running form tests them.
 */
function labelledGroups(value: string, role: 'leadUnits' | 'responsibleUnits'): { role: Role; bodies: string[] }[] {
  const pieces = splitTopLevel(value, '，,；;').map((p) => ({ piece: p, verb: VERBS.find((v) => p.endsWith(v)) }));
  const kinds = pieces.map(({ verb }) => (verb ? ROLE_VERBS[verb] : null));
  if (!kinds.some((k) => k)) return [{ role, bodies: bodiesOf(value) }];
  const hasLead = kinds.includes('lead');
  const answerLeads = !hasLead && kinds.includes('assist');
  return pieces.map(({ piece, verb }, i) => {
    const kind = kinds[i];
    const bodies = bodiesOf(verb ? piece.slice(0, -verb.length) : piece);
    if (kind === 'lead' || (kind === 'respond' && answerLeads)) return { role: 'leadUnits', bodies };
    if (kind === 'assist' || kind === 'guide') return { role: 'responsibleUnits', bodies };
    return { role, bodies };
  });
}

function addBodies(role: Role, bodies: string[], roles: BlockRoles) {
  // people kept apart from bodies: a name in a unit list is a leader
  roles.leaders.push(...bodies.filter((n) => looksLikePerson(n) && !roles.leaders.includes(n)));
  let names = bodies.filter((n) => !looksLikePerson(n));
  const marked = names.filter((n) => LEAD_MARK.test(n));
  if (marked.length) {
    names = names.map((n) => n.replace(LEAD_MARK, ''));
    const leads = marked.map((n) => n.replace(LEAD_MARK, ''));
    roles.leadUnits.push(...leads.filter((n) => !roles.leadUnits.includes(n)));
    names = names.filter((n) => !leads.includes(n));
  }
  const into = role === 'leadUnits' ? roles.leadUnits : roles.responsibleUnits;
  into.push(...names.filter((n) => !into.includes(n)));
}

interface Group {
  kind: 'lead' | 'respond' | 'assist' | 'guide' | 'joint';
  bodies: string[];
  /** for `X会同Y负责`: Y */
  partners?: string[];
}

const VERBS = Object.keys(ROLE_VERBS).sort((a, b) => b.length - a.length);

/** The running form; false when a piece is neither a list of bodies with its verb nor a deadline. */
function readRunning(text: string, roles: BlockRoles, opts: ParseOptions): boolean {
  const groups: Group[] = [];
  let pending: string[] = [];
  for (const raw of splitTopLevel(text, '，,；;。')) {
    const piece = raw.replace(/\s+/g, '');
    if (!piece) continue;
    if (FIRST_LISTED_LEADS.some((re) => re.test(piece))) {
      roles.statesFirstLeads = true;
      continue;
    }
    if (BLOCK_FILLERS.some((re) => re.test(piece))) continue;
    if (opts.isDeadline(piece)) {
      roles.deadline ??= piece;
      continue;
    }
    const group = readGroup(piece);
    if (group) {
      group.bodies = unique([...pending, ...group.bodies]);
      pending = [];
      groups.push(group);
      continue;
    }
    const bodies = bodiesOf(piece);
    if (!bodies.length || !bodies.every(looksLikeBody)) return false;
    pending.push(...bodies);
  }
  // bodies with no verb at all are a plain list, not a block (`（东川区、禄劝县）`)
  if (!groups.length) return pending.length === 0;
  if (pending.length) groups.push({ kind: 'assist', bodies: pending });
  assignGroups(groups, roles, opts.firstListedLeads || roles.statesFirstLeads);
  return true;
}

/** `X、Y牵头` / `X按职责分工负责` / `X会同Y负责`: the bodies and what they do. */
function readGroup(piece: string): Group | null {
  const verb = VERBS.find((v) => piece.endsWith(v));
  const head = verb ? piece.slice(0, -verb.length) : piece;
  for (const joint of JOINT_VERBS) {
    const at = head.indexOf(joint);
    if (at > 0) {
      const bodies = bodiesOf(head.slice(0, at));
      const partners = bodiesOf(head.slice(at + joint.length));
      if (bodies.length && partners.length && bodies.every(looksLikeBody) && partners.every(looksLikeBody)) {
        return { kind: 'joint', bodies, partners };
      }
      return null;
    }
  }
  if (!verb) return null;
  const bodies = bodiesOf(head);
  if (!bodies.length || !bodies.every(looksLikeBody)) return null;
  return { kind: ROLE_VERBS[verb], bodies };
}

function assignGroups(groups: Group[], roles: BlockRoles, firstLeads: boolean) {
  const hasLead = groups.some((g) => g.kind === 'lead' || g.kind === 'joint');
  const hasAssist = groups.some((g) => g.kind === 'assist');
  const add = (into: string[], names: string[]) => into.push(...names.filter((n) => !into.includes(n)));
  for (const g of groups) {
    if (g.kind === 'joint') {
      add(roles.leadUnits, g.bodies);
      add(roles.responsibleUnits, g.partners ?? []);
    } else if (g.kind === 'lead') add(roles.leadUnits, g.bodies);
    else if (g.kind === 'assist' || g.kind === 'guide') add(roles.responsibleUnits, g.bodies);
    else if (!hasLead && hasAssist) add(roles.leadUnits, g.bodies);
    else if (!hasLead && firstLeads && !roles.leadUnits.length) {
      add(roles.leadUnits, g.bodies.slice(0, 1));
      add(roles.responsibleUnits, g.bodies.slice(1));
    } else add(roles.responsibleUnits, g.bodies);
  }
}
