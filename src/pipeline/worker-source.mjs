// The worker thread's entry when gongwen runs from its TypeScript source (tests, tsx): registers
// tsx in this thread itself, since on Node 20 a worker started with `--import tsx` resolves the
// source's static imports but not its dynamic ones (the ingest readers are loaded on demand).
import { register } from 'tsx/esm/api';

register();
const { default: extractInWorker } = await import('./worker.ts');
export default extractInWorker;
