import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_WORDS, SPEECH_WORDS } from '../../../lib/extract/lexicon';
import { LEXICON_STEMS_JSON } from '../../../lib/extract/lexicon-stems';
import { lexiconStemsModule } from '../../../lib/extract/lexicon-stems-module';
import { englishStem, frenchStem, lexiconStemTable, type StemTable } from '../../../lib/extract/word-forms';

const file = path.resolve(__dirname, '../../../lib/extract/lexicon-stems.ts');

describe('the prebuilt stems of the lexicons', () => {
  it('are what the lexicons and the stemmers give today (run `npm run lexicon:stems` after changing a lexicon)', () => {
    const fresh = lexiconStemTable();
    expect(fresh.fr.length).toBeGreaterThan(100);
    expect(fresh.en.length).toBeGreaterThan(100);
    expect(JSON.parse(LEXICON_STEMS_JSON)).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(fs.readFileSync(file, 'utf8'), 'the file is byte for byte what the script writes').toBe(
      lexiconStemsModule(fresh),
    );
  });

  it('hold each word with its stemmer’s stem, the lexicons’ words included', () => {
    const table = JSON.parse(LEXICON_STEMS_JSON) as StemTable;
    for (const [word, stem] of table.fr) expect(stem, word).toBe(frenchStem(word));
    for (const [word, stem] of table.en) expect(stem, word).toBe(englishStem(word));
    const fr = new Map(table.fr);
    expect(fr.get('neutralises')).toBe(frenchStem('neutralisent'));
    expect(
      [...KIND_WORDS.keys(), ...SPEECH_WORDS.keys()]
        .filter((w) => w.length >= 4 && !/[ -]/.test(w))
        .every((w) => fr.has(w) || new Map(table.en).has(w)),
    ).toBe(true);
  });
});
