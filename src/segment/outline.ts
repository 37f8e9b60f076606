// The outline: headings found by their markers, validated by their sequence, with canonical
// paths (export-v1 `section`). A marker that does not continue its level's count (`3.` after
// `1.`) is text, not a heading; a level that restarts at one after the top level has run is a
// new part (a notice's enclosed plan, an attachment), whose paths start afresh.
import type { Section } from '../core/types.js';
import { MARKER_KINDS, matchMarker, type MarkerMatch } from './markers.js';

/** Chapters and articles are numbered through the whole document, not within their parent. */
const CONTINUOUS_RANKS = new Set(MARKER_KINDS.filter((k) => k.continuous).map((k) => k.rank));

export interface OutlineLine {
  start: number;
  text: string;
}

interface Open {
  rank: number;
  component: string;
  number: number;
  section: Section;
}

/** Heading text: the marker removed, up to the first sentence end (or the whole line). */
export function headingOf(line: string, marker: MarkerMatch): { heading: string; length: number } {
  const body = line.slice(marker.text.length);
  const lead = body.length - body.trimStart().length;
  const rest = body.trimStart();
  const stop = rest.search(/[。！？]/);
  const heading = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  const length = marker.text.length + lead + (stop < 0 ? rest.length : stop + 1);
  return { heading, length };
}

export function findSections(lines: OutlineLine[]): Section[] {
  const sections: Section[] = [];
  const stack: Open[] = [];
  /** last number seen for each rank under the current parent */
  const lastAt = new Map<number, number>();
  /** last number seen for each rank anywhere in the current part */
  const lastInPart = new Map<number, number>();
  let part = 0;
  for (const line of lines) {
    const marker = matchMarker(line.text);
    if (!marker) continue;
    const { rank } = marker.kind;
    const { heading, length } = headingOf(line.text, marker);
    if (!heading || !plausibleHeading(heading, marker)) continue;
    const last = lastAt.get(rank);
    // items may run on across parents (`（三）` under 二、 after `（二）` under 一、)
    const runsOn = last === undefined && lastInPart.get(rank) === marker.number - 1;
    const continues = (last !== undefined && marker.number === last + 1) || runsOn;
    const starts = marker.number === 1 || (marker.kind.continuous && last === undefined);
    if (!continues && !starts) continue;
    if (starts && last !== undefined && !continues) {
      // a count restarting at one with no new parent above it: a new part of the document
      part++;
      stack.length = 0;
      lastAt.clear();
      lastInPart.clear();
    }
    while (stack.length && stack.at(-1)!.rank >= rank) stack.pop();
    for (const r of [...lastAt.keys()]) if (r > rank && !CONTINUOUS_RANKS.has(r)) lastAt.delete(r);
    lastAt.set(rank, marker.number);
    lastInPart.set(rank, marker.number);
    const path = [...stack.map((o) => o.component), marker.component].join('/');
    const section: Section = {
      path,
      level: stack.length + 1,
      marker: marker.text,
      heading,
      start: line.start,
      end: line.start + length,
      bodyEnd: line.start + line.text.length,
      part,
    };
    sections.push(section);
    stack.push({ rank, component: marker.component, number: marker.number, section });
  }
  return sections;
}

/**
 * Numbered lines that are not headings: a figure split by a line break (`1.` + `42万人`), a
 * date (`1、2月`), or a number right after a Chinese-numeral marker that reads as a figure
 * (`一、2` + `万人`). A heading may well start with a year (`一、2025年工作回顾`).
 */
function plausibleHeading(heading: string, marker: MarkerMatch): boolean {
  const arabicMarker = marker.kind.id === 'l3' || marker.kind.id === 'l4';
  if (arabicMarker && /^[\d.%]/.test(heading)) return false;
  if (marker.kind.id === 'l3' && /^[月日号]/.test(heading)) return false;
  if (/^[\d.]+(?:%|[万亿]|$)/.test(heading)) return false;
  return true;
}

/** Sets each section's bodyEnd: up to the next heading of the same or an outer level, or the part's end. */
export function closeSections(sections: Section[], textLength: number): void {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    let end = textLength;
    for (let j = i + 1; j < sections.length; j++) {
      const t = sections[j];
      if (t.part !== s.part || t.level <= s.level) {
        end = t.start;
        break;
      }
    }
    s.bodyEnd = end;
  }
}
