import { createRequire } from 'node:module';
import { EXTRACTORS, REFINERS } from '../../extractors/index.js';

const require = createRequire(import.meta.url);

export const GONGWEN_VERSION: string = (() => {
  for (const p of ['../../package.json', '../../../package.json']) {
    try {
      return (require(p) as { version: string }).version;
    } catch {
      /* dist/ is one level deeper than src/ */
    }
  }
  return '0.0.0';
})();

/** Versions of the stages that shape the text, bumped when their output changes. */
export const STAGE_VERSIONS = { ingest: '5', normalise: '4', segment: '1', records: '1', index: '2' } as const;

/** Everything a stored document's facts depend on; a difference means the document is stale. */
export function pipelineVersions(): Record<string, string> {
  const v: Record<string, string> = { ...STAGE_VERSIONS };
  for (const e of EXTRACTORS) v[e.id] = e.version;
  for (const r of REFINERS) v[`refine:${r.id}`] = r.version;
  return v;
}

export function pipelineKey(): string {
  return JSON.stringify(pipelineVersions());
}
