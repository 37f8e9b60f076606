// Loaded with `node --import` into a timed gongwen command: writes the process's peak resident
// set size and CPU time (worker threads included in both) to the file GONGWEN_BENCH_RSS names.
import { writeFileSync } from 'node:fs';

const out = process.env.GONGWEN_BENCH_RSS;
if (out) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(out, JSON.stringify({ peakRss: process.resourceUsage().maxRSS * 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
  });
}
