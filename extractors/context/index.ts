// Figures in context: the refiner that gives every quantity its metric (and canonical key),
// region, asOf and role, and links the figures of change and progress statements.
import type { Fact, Refiner } from '../../src/core/types.js';
import { asOfOf } from './as-of.js';
import { canonicalMetrics } from './canonical.js';
import { listRuns, metricsOf } from './metric.js';
import { regionsOf } from './region.js';
import { roleOf } from './role.js';
import { linkStatements } from './statements.js';

export const figureContextRefiner: Refiner = {
  id: 'figure-context',
  version: '1.11.1',
  refine(facts, ctx) {
    const { doc, meta } = ctx;
    const quantities = facts.filter((f): f is Fact<'quantity'> => f.type === 'quantity');
    const links = linkStatements(doc, quantities);
    // distinct names: one per mention would make every figure's key cost the document's length
    const regionNames = [...new Set(facts.filter((f): f is Fact<'region'> => f.type === 'region').map((f) => f.record.quote))];
    const canonicalMetric = canonicalMetrics([...regionNames, meta.region?.name ?? '']);
    const metrics = metricsOf(quantities, { doc, facts });
    const sorted = [...quantities].sort((a, b) => a.start - b.start);
    const regions = regionsOf(sorted, listRuns(doc, sorted), doc, meta, facts);
    // a progress share measures its target's metric
    for (const q of quantities) {
      const target = links.get(q)?.find((l) => l.rel === 'progressTarget' && q.record.unit === '%');
      const t = target && quantities.find((x) => x.record.span[0] === target.span[0]);
      if (t && !metrics.get(q)) metrics.set(q, metrics.get(t) ?? null);
    }
    return facts.map((f) => {
      if (f.type !== 'quantity') return f;
      const q = f as Fact<'quantity'>;
      // a metric the extractor read (a table column's header) stands
      const metric = q.record.metric ?? metrics.get(q) ?? null;
      // as does the date and role a table's year column gives (`2020年`, `目标值（2025年）`)
      const role = q.record.role ?? roleOf(q, doc, meta, facts);
      const record = {
        ...q.record,
        metric,
        canonicalMetric: canonicalMetric(metric),
        region: regions.get(q) ?? null,
        asOf: q.record.asOf ?? asOfOf(q, doc, meta, facts, role),
        role,
        ...(links.has(q) ? { links: links.get(q) } : {}),
      };
      return { ...q, record };
    });
  },
};
