// V8 tuning for extraction. TurboFan inlines generously by default; on gongwen's many mid-sized
// scanner functions that made each thread spend about 1.5 CPU-seconds compiling (3.2 s of
// concurrent compile time in one 10 MB run, most of it inlining), and every worker thread pays
// it again. A tighter inlining budget cut the CPU of a two-thread run over 10 MB from 12.2 to
// 11.1 s and its time from 6.8 to 6.3 s, with one thread as fast as before. V8's flags are
// process-wide, so setting them before the first document reaches the worker threads too.
import { setFlagsFromString } from 'node:v8';

/** Bytecode size TurboFan may inline into one function (V8's default is 920). */
const INLINE_BUDGET = 100;

let tuned = false;

export function tuneCompilerForExtraction(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
}
