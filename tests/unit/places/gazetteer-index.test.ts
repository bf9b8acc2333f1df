import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer, lookupPlace, type GazEntry } from '../../../lib/places/gazetteer';
import { buildGazetteer, serializeGazetteer } from '../../../lib/places/gazetteer-build';
import { GAZETTEER_INDEX_JSON } from '../../../lib/places/gazetteer-index';
import { gazetteerIndexModule } from '../../../lib/places/gazetteer-index-module';

const file = path.resolve(__dirname, '../../../lib/places/gazetteer-index.ts');

describe('the prebuilt gazetteer index', () => {
  it('is what the sources build today (run `npm run gazetteer:index` after changing lib/places data)', () => {
    const fresh = serializeGazetteer(buildGazetteer());
    expect(JSON.parse(GAZETTEER_INDEX_JSON)).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(fs.readFileSync(file, 'utf8'), 'the file is byte for byte what the script writes').toBe(
      gazetteerIndexModule(fresh),
    );
  });

  it('loads into the same look-ups as a fresh build', () => {
    const fresh = buildGazetteer();
    const loaded = gazetteer();
    expect(loaded.entries.length).toBe(fresh.entries.length);
    for (const key of ['kayes', 'boulkessi', 'tombouctou', 'niono', 'bamako'])
      expect(loaded.byName.get(key)?.map((e) => e.id)).toEqual(fresh.byName.get(key)?.map((e) => e.id));
    expect(lookupPlace('Boulkesi')?.canonical).toBe(fresh.byName.get('boulkessi')?.[0].name);
    expect([...loaded.weakKeys].sort()).toEqual([...fresh.weakKeys].sort());
    // The indexes made on first use hold what the fresh build's do.
    for (const index of ['byJoined', 'byPhonetic', 'regions', 'cercles'] as const) {
      const built = fresh[index] as Map<string, unknown>;
      const made = loaded[index] as Map<string, unknown>;
      expect(made.size, index).toBe(built.size);
      expect(made.size, index).toBeGreaterThan(0);
      const ids = (v: unknown) => (Array.isArray(v) ? v.map((e: GazEntry) => e.id) : (v as GazEntry).id);
      for (const [key, value] of [...built].slice(0, 50)) expect(ids(made.get(key)), key).toEqual(ids(value));
    }
    expect(loaded.byJoined, 'made once').toBe(loaded.byJoined);
  });
});
