import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer, lookupPlace } from '../../../lib/places/gazetteer';
import { buildGazetteer, serializeGazetteer } from '../../../lib/places/gazetteer-build';

const file = path.resolve(__dirname, '../../../lib/places/gazetteer-index.json');

describe('the prebuilt gazetteer index', () => {
  it('is what the sources build today (run `npm run gazetteer:index` after changing lib/places data)', () => {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(stored).toEqual(JSON.parse(JSON.stringify(serializeGazetteer(buildGazetteer()))));
  });

  it('loads into the same look-ups as a fresh build', () => {
    const fresh = buildGazetteer();
    const loaded = gazetteer();
    expect(loaded.entries.length).toBe(fresh.entries.length);
    for (const key of ['kayes', 'boulkessi', 'tombouctou', 'niono', 'bamako'])
      expect(loaded.byName.get(key)?.map((e) => e.id)).toEqual(fresh.byName.get(key)?.map((e) => e.id));
    expect(lookupPlace('Boulkesi')?.canonical).toBe(fresh.byName.get('boulkessi')?.[0].name);
    expect([...loaded.weakKeys].sort()).toEqual([...fresh.weakKeys].sort());
  });
});
