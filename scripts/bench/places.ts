/**
 * findPlaces over 1 MB of news-like text (sentences the project writes, repeated), and the
 * gazetteer's first-use cost in fresh processes (places-fresh.mts): loading the prebuilt index
 * against building it from its sources. Medians.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPlaces, lookupPlace } from '../../lib/places';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.join(here, '..', '..', 'node_modules', '.bin', 'tsx');

/** Median first-use figures over `runs` fresh processes. */
function fresh(mode: 'index' | 'sources', runs = 5): Record<string, number> {
  const all: Array<Record<string, number>> = [];
  for (let r = 0; r < runs; r++) {
    const out = spawnSync(tsx, [path.join(here, 'places-fresh.mts'), mode], { encoding: 'utf8' });
    all.push(JSON.parse(out.stdout.trim().split('\n').at(-1)!));
  }
  return Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((x) => x[k]))]));
}

const EN =
  "BAMAKO, July 2 - Mali's army said on Tuesday it had repelled attacks on military positions in Kayes, Diboli and Sandaré, " +
  'near the borders with Senegal and Mauritania, and that fighting went on near Nioro du Sahel. A resident of the village of ' +
  'Kassakoro said shops stayed closed. Analysts in Washington said the group had also struck Boulkessi and Mondoro.\n\n';
const FR =
  'Des hommes armés ont attaqué dimanche le camp militaire de Boulkessi, dans le cercle de Douentza, près de la frontière ' +
  "avec le Burkina Faso. Selon des sources sécuritaires, au moins 30 soldats ont été tués. À Bamako, l'état-major a évoqué " +
  'des pertes. Dans la localité de Tinfoulfoulé, les habitants disent avoir entendu des tirs.\n\n';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

export async function run(): Promise<string[]> {
  const t0 = performance.now();
  lookupPlace('Kayes');
  const build = performance.now() - t0;
  let text = '';
  while (text.length < 1_000_000) text += EN + FR;
  findPlaces(text, 'en');
  const times: number[] = [];
  let mentions = 0;
  for (let r = 0; r < 7; r++) {
    const s = performance.now();
    mentions = findPlaces(text, 'en').length;
    times.push(performance.now() - s);
  }
  const index = fresh('index');
  const sources = fresh('sources');
  return [
    `gazetteer first use in this process ${build.toFixed(1)} ms`,
    `fresh process, prebuilt index: import ${index.import.toFixed(1)} ms, first lookup ${index.first.toFixed(1)} ms, first findPlaces ${index.findPlaces.toFixed(1)} ms`,
    `fresh process, built from sources (before): import ${sources.import.toFixed(1)} ms, build ${sources.first.toFixed(1)} ms`,
    `findPlaces 1 MB: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}), ${mentions} mentions`,
  ];
}
