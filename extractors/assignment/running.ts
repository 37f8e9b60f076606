// Running-text forms, for items that carry no block of their own: `由X会同Y等部门负责落实`,
// `由X牵头，Y配合`, `由X负责`, and a sentence naming its actor first: `X要会同Y建立…`, `X将牵头制定…`.
// A block, when an item has one, says it better (seed 003 writes `由…办公室牵头` in an item whose
// 责任单位 line names others), so these only fill the gaps.
import { bodiesOf, levelledBody, looksLikeBody } from './lists.js';
import type { BlockRoles } from './parse.js';
import {
  NOT_ACTOR_OPENERS, RUNNING_ASSIST_VERBS, RUNNING_JOINT_VERBS, RUNNING_MODALS, RUNNING_RESPOND_VERBS, RUNNING_TASK_VERBS,
} from './words.js';

export interface RunningHit {
  start: number;
  end: number;
  roles: BlockRoles;
  /** the sentence names its actor first and its task after (`X要会同Y建立…`): the task is the measure */
  opensSentence: boolean;
}

const BODY_RUN = '[^，,。；;：:！？!?\\n由]{2,60}?';
const JOINT = RUNNING_JOINT_VERBS.join('|');
const ASSIST = RUNNING_ASSIST_VERBS.join('|');
const RESPOND = RUNNING_RESPOND_VERBS.join('|');
const ETC_TAIL = '(?<etc>等(?:有关|相关)?(?:部门|单位)(?:和单位)?)?';
const TASK = RUNNING_TASK_VERBS.join('|');
const MODAL = `(?:${RUNNING_MODALS.join('|')})?`;
/** A sentence's start, after an outline marker if it opens an item (`四、科技部要会同…`). */
const OUTLINE_MARK = '[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\\d{1,3}[.．、]|[（(]\\d{1,3}[）)]';
const SENTENCE_START = `(?<=(?:^|[。；;！？!?\\n])\\s*(?:${OUTLINE_MARK})?)(?!${OUTLINE_MARK}|${NOT_ACTOR_OPENERS.join('|')})`;
/** `负责人`, `牵头单位`: the verb is part of a noun. */
const NOT_NOUN = '(?!人|同志|单位|部门|领导)';

const hasAgent = (text: string) => text.includes('由');
const hasJoint = (text: string) => RUNNING_JOINT_VERBS.some((v) => text.includes(v));

/**
 * `由X会同Y…`, `由X牵头(，Y配合)`, `由X负责`, each reading one clause. `cue` is a word the form
 * cannot match without: a paragraph without it is not searched (most have none).
 */
const FORMS: readonly {
  cue: (text: string) => boolean;
  re: RegExp;
  read: (m: RegExpExecArray) => BlockRoles | null;
  opens?: (m: RegExpExecArray) => boolean;
}[] = [
  {
    cue: hasAgent,
    re: new RegExp(`由(${BODY_RUN})(?:${JOINT})(${BODY_RUN})${ETC_TAIL}(?=负责|研究|共同|制定|提出|落实|推进|组织|开展|[，,。；;])`, 'gu'),
    read: (m) => roles(m[1], m[2], m.groups?.etc),
  },
  {
    // `X要会同Y…` opening a sentence
    cue: hasJoint,
    // `于2023年6月底前开展…`: a time after the bodies, before the task
    re: new RegExp(`${SENTENCE_START}([^，,。；;：:！？!?\\n由要]{2,40}?)${MODAL}(?:${JOINT})(${BODY_RUN})${ETC_TAIL}(?=${TASK}|于|[，,。；;])`, 'gu'),
    read: (m) => roles(m[1], m[2], m.groups?.etc),
    opens: () => true,
  },
  {
    // `X要牵头制定…` opening a sentence, or `X牵头，Y配合` closing one
    cue: (text) => text.includes('牵头'),
    re: new RegExp(`${SENTENCE_START}([^，,。；;：:！？!?\\n由要]{2,40}?)${MODAL}(?:负责)?牵头(?:负责)?${NOT_NOUN}(?:(?=${TASK})|[，,](${BODY_RUN})${ETC_TAIL}(?:${ASSIST}))`, 'gu'),
    read: (m) => roles(m[1], m[2] ?? '', m.groups?.etc),
    opens: (m) => m[2] === undefined,
  },
  {
    cue: hasAgent,
    re: new RegExp(`由(${BODY_RUN})牵头(?:负责)?${NOT_NOUN}(?:[，,](${BODY_RUN})${ETC_TAIL}(?:${ASSIST}))?`, 'gu'),
    read: (m) => roles(m[1], m[2] ?? '', m.groups?.etc),
  },
  {
    cue: hasAgent,
    re: new RegExp(`由(${BODY_RUN})${ETC_TAIL}(?:${RESPOND})${NOT_NOUN}`, 'gu'),
    read: (m) => roles(null, m[1], m.groups?.etc),
  },
];

function roles(lead: string | null, others: string, etc = ''): BlockRoles | null {
  const leadUnits = lead === null ? [] : bodiesOf(lead);
  const responsibleUnits = others ? unitsOf(others, etc) : [];
  if (lead !== null && !leadUnits.length) return null;
  if (!leadUnits.every((u) => looksLikeBody(u) || levelledBody(u)) || !responsibleUnits.every(looksLikeBody)) return null;
  if (!leadUnits.length && !responsibleUnits.length) return null;
  return { leaders: [], leadUnits, responsibleUnits, deadline: null, statesFirstLeads: false };
}

/** `农业部等部门` → `农业部`; but `审计等部门` names its bodies by their work: kept as written. */
function unitsOf(list: string, etc: string): string[] {
  const bare = bodiesOf(list);
  if (!etc || !bare.length || bare.every(looksLikeBody)) return bare;
  return [...bare.slice(0, -1), bare[bare.length - 1] + etc];
}

/** Every running-text form in `text` (offsets relative to it), the first form to claim a span winning. */
export function findRunning(text: string): RunningHit[] {
  const hits: RunningHit[] = [];
  for (const form of FORMS) {
    if (!form.cue(text)) continue;
    for (const m of text.matchAll(form.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      const r = form.read(m);
      if (r) hits.push({ start, end, roles: r, opensSentence: form.opens?.(m) ?? false });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
