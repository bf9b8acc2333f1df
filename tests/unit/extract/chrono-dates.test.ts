import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../../lib/extract/chrono-dates';
import { splitSentences } from '../../../lib/extract/sentences';
import { tokenize } from '../../../lib/extract/tokens';

const REF = new Date(Date.UTC(2024, 4, 10));

/** Each date chrono read: its text, checked against the text at its offset, and its day. */
function dates(text: string) {
  const tokens = tokenize(text);
  return chronoDates(text, tokens, splitSentences(text, tokens), REF).map((d) => {
    expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
    return [d.text, d.start.date().toISOString().slice(0, 10)];
  });
}

/** Words with no date in them, to push two dates of one sentence far apart. */
const FILLER =
  'les assaillants, venus à moto depuis les collines voisines, ont encerclé le poste avant de ' +
  'piller la boutique du marché et de repartir vers le nord avec plusieurs véhicules';

describe('chrono dates, read around the date words', () => {
  it('finds two dates far apart in one long sentence, each at its offset', () => {
    const found = dates(
      `Le lundi 6 mai 2024, ${FILLER}, puis ils sont revenus le mercredi 8 mai 2024 au soir.`,
    );
    expect(found.map(([, day]) => day)).toEqual(['2024-05-06', '2024-05-08']);
  });

  it('reads an English and a French sentence each with its own parser', () => {
    const found = dates(
      'Militants struck on Tuesday, May 7, 2024. Les renforts sont arrivés le jeudi 9 mai 2024.',
    );
    expect(found.map(([, day]) => day)).toEqual(['2024-05-07', '2024-05-09']);
  });

  it('keeps dates of neighbouring sentences apart, not read as one span', () => {
    const found = dates('Ils ont attaqué le 3 mai 2024. Le 6 mai 2024, les renforts sont arrivés.');
    expect(found).toEqual([
      ['3 mai 2024', '2024-05-03'],
      ['6 mai 2024', '2024-05-06'],
    ]);
  });

  it('reads a night across two days as one phrase', () => {
    const found = dates("L'attaque a eu lieu dans la nuit du samedi 4 au dimanche 5 mai 2024 près de Boni.");
    expect(found).toEqual([['samedi 4 au dimanche 5 mai 2024', '2024-05-04']]);
  });

  it('reads nothing in a sentence with no date word', () => {
    expect(dates('Les assaillants ont tué 12 soldats près de Boni avant de fuir.')).toEqual([]);
  });
});
