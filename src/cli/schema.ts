/**
 * `npm run schema`: writes data/schema.json, the JSON Schema of the dataset
 * format, generated from the valibot schema the app validates with.
 * `--check` exits 1 if the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText } from '../data/jsonSchema';

const target = fileURLToPath(new URL('../../data/schema.json', import.meta.url));
const text = datasetJsonSchemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.log('data/schema.json is out of date: run `npm run schema`.');
    process.exitCode = 1;
  } else console.log('data/schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log('wrote data/schema.json');
}
