import { readFileSync } from 'node:fs';
import { docFromText } from './src/core/testing.ts';
for (const f of process.argv.slice(2)) {
  const d = docFromText(readFileSync(f, 'utf8'));
  console.log('=====', f, d.paragraphs.length, 'paras', d.sentences.length, 'sents');
  for (const s of d.sections) console.log(s.part, s.path, '|', s.heading);
}
