// Writes schemas/export-v1.schema.json from the Zod schemas (the published JSON Schema of export-v1).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportJsonSchema } from '../schemas/json-schema.js';

const target = fileURLToPath(new URL('../schemas/export-v1.schema.json', import.meta.url));
writeFileSync(target, exportJsonSchema());
console.log(`wrote ${target}`);
