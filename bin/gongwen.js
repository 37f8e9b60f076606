#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm run build`, run by `npm ci` via prepare).
const args = process.argv.slice(2);
// an extraction loads the word dictionary on a thread of its own (src/segment/jieba.ts): started
// here, it loads while the rest of gongwen does (0.2 s), instead of after
const prefetch = args[0] === 'extract' && !args.some((a) => a.startsWith('--queue'))
  ? import('../dist/src/segment/jieba.js').then((m) => m.startDictionary())
  : Promise.resolve();
prefetch.then(() => import('../dist/src/cli/main.js')).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('error: gongwen is not built; run `npm run build` first');
    process.exit(2);
  }
  throw err;
});
