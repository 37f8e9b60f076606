// Short human readings of records: `120 户 · 搬迁户 · 某县 · 2021-06-30 · target`.
import type { DateValue, FactRecord } from '../../schemas/index.js';

const pad = (n: number) => String(n).padStart(2, '0');
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date span in its shortest exact form: `2020-06-30`, `2018-12`, `2019`, `2020-01-01…2020-06-30`. */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  if (!start || !end) return `${start ?? '…'}…${end ?? ''}`;
  if (start === end) return start;
  const [ys, ms, ds] = start.split('-').map(Number);
  const [ye, me, de] = end.split('-').map(Number);
  if (ys === ye && ds === 1) {
    if (ms === 1 && me === 12 && de === 31) return String(ys);
    if (ms === me && de === lastDay(ye, me)) return `${ys}-${pad(ms)}`;
  }
  return `${start}…${end}`;
}

/** A date value with its role when that is not a plain point: `2020-06-30 (deadline)`. */
export function formatDate(d: DateValue | null | undefined): string {
  if (!d) return '';
  const when = formatPeriod(d.start, d.end);
  return d.role === 'point' ? when : `${when} (${d.role})`;
}

/** A number as written for people: no exponent, no trailing zeros. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  return Number.isInteger(n) ? n.toFixed(0) : String(n);
}

const QUALIFIER: Record<string, string> = { atLeast: '≥', atMost: '≤', moreThan: '>', lessThan: '<', approx: '≈' };

/** `≥300 人`, `450–500 元`, `14200 人`. */
export function formatAmount(r: { value: number; upper: number | null; unit: string | null; qualifier: string | null }): string {
  const q = r.qualifier ? QUALIFIER[r.qualifier] ?? '' : '';
  const v = r.upper !== null ? `${formatNumber(r.value)}–${formatNumber(r.upper)}` : formatNumber(r.value);
  return `${q}${v}${r.unit ? ` ${r.unit}` : ''}`;
}

/** One line saying what was read from a fact. */
export function describeFact(r: FactRecord): string {
  const parts = (xs: (string | null | undefined)[]) => xs.filter((x) => x).join(' · ');
  switch (r.type) {
    case 'quantity':
      return parts([formatAmount(r), r.metric, r.region?.name, r.asOf ? formatDate(r.asOf) : null, r.role]);
    case 'date':
      return parts([formatPeriod(r.start, r.end), r.role !== 'point' ? r.role : null, r.yearInferred ? 'year inferred' : null]);
    case 'assignment':
      return parts([
        r.measure,
        r.leaders.length ? `牵头领导 ${r.leaders.join('、')}` : null,
        r.leadUnits.length ? `牵头单位 ${r.leadUnits.join('、')}` : null,
        r.responsibleUnits.length ? `责任单位 ${r.responsibleUnits.join('、')}` : null,
        r.deadline ? `完成时限 ${formatPeriod(r.deadline.start, r.deadline.end)}` : null,
      ]);
    case 'reference':
      return parts(['cites', r.docNumber, r.title ? `《${r.title}》` : null]);
    case 'region':
      return parts([r.name, r.code, r.level]);
  }
}
