/**
 * Run by scripts/bench/places.ts in a fresh process: the first-use cost a new popup pays.
 * `index`: load the prebuilt gazetteer index (what the extension does);
 * `sources`: build it from GeoNames and the project's lists (what every popup did before).
 */
const mode = process.argv[2];
const t0 = performance.now();
if (mode === 'sources') {
  const { buildGazetteer } = await import('../../lib/places/gazetteer-build');
  const t1 = performance.now();
  buildGazetteer();
  const t2 = performance.now();
  console.log(JSON.stringify({ import: t1 - t0, first: t2 - t1 }));
} else {
  const { lookupPlace, findPlaces } = await import('../../lib/places');
  const t1 = performance.now();
  lookupPlace('Kayes');
  const t2 = performance.now();
  findPlaces('Des hommes armés ont attaqué dimanche le camp de Boulkessi, près de Douentza.', 'fr');
  const t3 = performance.now();
  console.log(JSON.stringify({ import: t1 - t0, first: t2 - t1, findPlaces: t3 - t2 }));
}
