/**
 * npm run gazetteer:index (also before every build) — builds the gazetteer's index once
 * (lib/places/gazetteer-build.ts) and writes lib/places/gazetteer-index.json, which the extension
 * loads instead of folding and indexing every name in each fresh popup. The file is committed so
 * that lib/ works without this step; a unit test fails when it is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, serializeGazetteer } from '../lib/places/gazetteer-build';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib/places/gazetteer-index.json');
const json = `${JSON.stringify(serializeGazetteer(buildGazetteer()))}\n`;
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) fs.writeFileSync(out, json);
console.log(`gazetteer index: ${(json.length / 1024).toFixed(1)} KB → ${path.relative(process.cwd(), out)}`);
