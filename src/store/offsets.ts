// The stored form of Doc.rawOffset (documents.raw_offsets, schema 4). Normalising deletes or
// rewrites characters in a few places only, so `raw − normalised` is constant over long runs:
// storing one pair per run instead of one Int32 per UTF-16 unit takes a store's offsets from
// 4 bytes a character to well under one (14.4 MB → 0.7 MB over a 10 MB corpus).
//
// Layout, Int32 little-endian: [length, at₀, delta₀, at₁, delta₁, …] where `length` is the
// map's length (text.length + 1) and rawOffset[i] = i + deltaₖ for atₖ ≤ i < atₖ₊₁ (the last
// run reaches `length`). at₀ = 0 when length > 0.

/** The stored blob of a normalised → raw offset map. */
export function encodeOffsets(map: Int32Array): Buffer {
  const runs: number[] = [];
  let delta = NaN;
  for (let i = 0; i < map.length; i++) {
    if (map[i]! - i === delta) continue;
    delta = map[i]! - i;
    runs.push(i, delta);
  }
  const out = Buffer.allocUnsafe(4 * (1 + runs.length));
  out.writeInt32LE(map.length, 0);
  for (let k = 0; k < runs.length; k++) out.writeInt32LE(runs[k]!, 4 * (k + 1));
  return out;
}

/** The offset map a stored blob holds (every reader of `raw_offsets` goes through this). */
export function decodeOffsets(blob: Uint8Array): Int32Array {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.byteLength < 4 || blob.byteLength % 8 !== 4) throw new Error(`raw_offsets: ${blob.byteLength} bytes is not a run-encoded offset map`);
  const length = view.getInt32(0, true);
  const runs = (blob.byteLength - 4) / 8;
  const out = new Int32Array(length);
  for (let k = 0; k < runs; k++) {
    const at = view.getInt32(4 + 8 * k, true);
    const delta = view.getInt32(8 + 8 * k, true);
    const end = k + 1 < runs ? view.getInt32(4 + 8 * (k + 1), true) : length;
    for (let i = at; i < end; i++) out[i] = i + delta;
  }
  return out;
}

/** The offset map of a blob stored before schema 4: one Int32 little-endian per UTF-16 unit. */
export function decodeFlatOffsets(blob: Uint8Array): Int32Array {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const out = new Int32Array(blob.byteLength >> 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(4 * i, true);
  return out;
}
