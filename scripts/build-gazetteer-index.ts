/**
 * npm run gazetteer:index (also before every build) — builds the gazetteer's index once
 * (lib/places/gazetteer-build.ts) and writes it as JSON text into the module
 * lib/places/gazetteer-index.ts, which the extension ships instead of folding and indexing every
 * name in each fresh popup. The index is a string, parsed on the first place look-up
 * (gazetteer.ts): a string literal costs next to nothing when the popup's code loads, and
 * JSON.parse reads it faster than the engine would read the same data as an object literal.
 * The file is committed so that lib/ works without this step; a unit test fails when it is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerIndexModule } from '../lib/places/gazetteer-index-module';
import { buildGazetteer, serializeGazetteer } from '../lib/places/gazetteer-build';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib/places/gazetteer-index.ts');
const text = gazetteerIndexModule(serializeGazetteer(buildGazetteer()));
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
console.log(`gazetteer index: ${(text.length / 1024).toFixed(1)} KB → ${path.relative(process.cwd(), out)}`);
