// export-v1 as JSON Lines: only records the schemas accept are written.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ExportRecord } from '../../schemas/index.js';
import { Store } from '../store/index.js';

export interface ExportSummary {
  written: number;
  rejected: { type: string; doc: string; reason: string }[];
}

export async function exportJsonl(db: string, out: NodeJS.WritableStream, filter: { doc?: string } = {}): Promise<ExportSummary> {
  const store = Store.openReadOnly(db);
  const summary: ExportSummary = { written: 0, rejected: [] };
  try {
    for (const record of store.records(filter)) {
      const parsed = ExportRecord.safeParse(record);
      if (!parsed.success) {
        summary.rejected.push({
          type: String((record as { type?: unknown }).type), doc: String((record as { doc?: unknown }).doc),
          reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        });
        continue;
      }
      if (!out.write(JSON.stringify(parsed.data) + '\n')) await once(out, 'drain');
      summary.written++;
    }
  } finally {
    store.close();
  }
  return summary;
}

export function fileStream(path: string): NodeJS.WritableStream {
  return createWriteStream(path);
}
