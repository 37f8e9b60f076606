// Lists of bodies as the 主送 line and the 版记 write them: `，` (or `；`, `。`) between entries,
// `、` inside an entry that shares a prefix (`各省、自治区、直辖市人民政府`, `各县市区委、人民政府`).
// An entry is split at `、` only when every part is a body's full name under the same place
// (`州政府办公室、州政协提案委员会`): `财政局` in `各区卫生健康局、财政局` is short for a name.
import { bodyName } from './layout.js';

export function splitBodies(list: string): string[] {
  const out: string[] = [];
  for (const entry of list.split(/[，,；;。]/u)) {
    const e = entry.trim();
    if (!e) continue;
    const parts = e.split('、').map((p) => p.trim());
    const place = parts[0][0];
    if (parts.length > 1 && parts.every((p) => p.length >= 3 && p[0] === place && bodyName(p))) out.push(...parts);
    else out.push(e);
  }
  return out;
}
