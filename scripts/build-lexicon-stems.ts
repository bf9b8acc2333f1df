/**
 * npm run lexicon:stems (also before every build) — stems every word of the lexicons' word
 * forms (lib/extract/word-forms.ts) once and writes the table as JSON text into the module
 * lib/extract/lexicon-stems.ts, so that a fresh popup does not run the Snowball stemmers on
 * hundreds of lexicon entries before its first extraction. A word missing from the table is
 * stemmed when it is needed: the table only saves time. The file is committed so that lib/
 * works without this step; a unit test fails when it is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import '../lib/extract/lexicon';
import { lexiconStemsModule } from '../lib/extract/lexicon-stems-module';
import { lexiconStemTable } from '../lib/extract/word-forms';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib/extract/lexicon-stems.ts');
const table = lexiconStemTable();
const text = lexiconStemsModule(table);
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
console.log(
  `lexicon stems: ${table.fr.length} French and ${table.en.length} English words → ${path.relative(process.cwd(), out)}`,
);
