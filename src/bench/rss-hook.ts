// Loaded with `node --import` into a timed gongwen command: writes the process's peak resident
// set size (worker threads included) to the file GONGWEN_BENCH_RSS names.
import { writeFileSync } from 'node:fs';

const out = process.env.GONGWEN_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
