import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass toll-announced: a toll announced in the sentence before its figures', () => {
  it('FR: "X évoquent un bilan plus lourd. Au moins 20 soldats…" gives X the figures', () => {
    const r = read(
      'Lundi, des jihadistes ont attaqué le camp de Boni.\n\nDes habitants joints par téléphone évoquent un bilan plus lourd. Au moins 20 soldats auraient été tués.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 20-null local']);
    const a = read(
      "Lundi, des jihadistes ont attaqué le camp de Boni.\n\nL'armée a publié un bilan provisoire mardi. Douze soldats ont été tués et cinq blessés.",
      'fr',
    );
    expect(brief(a.claims)).toEqual(['killed/soldiers 12-12 official', 'wounded/soldiers 5-5 official']);
  });
  it('EN: "The army gave a provisional toll. Twelve soldiers were killed…"', () => {
    const r = read(
      'On Monday, jihadists attacked the Boni camp.\n\nThe army gave a provisional toll on Tuesday. Twelve soldiers were killed and five wounded.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'wounded/soldiers 5-5 official']);
  });
  it('does not carry a denied toll, nor across paragraphs, nor from a sentence without a toll', () => {
    const denied = read(
      "Lundi, des jihadistes ont attaqué le camp de Boni.\n\nL'armée n'a pas communiqué de bilan. Douze soldats ont été tués.",
      'fr',
    );
    expect(brief(denied.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const none = read(
      'On Monday, jihadists attacked the Boni camp.\n\nThe army gave no toll. Twelve soldiers were killed.',
    );
    expect(brief(none.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const apart = read(
      'On Monday, jihadists attacked the Boni camp. The army published a provisional toll on Tuesday.\n\nTwelve soldiers were killed.',
    );
    expect(brief(apart.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const other = read(
      'On Monday, jihadists attacked the Boni camp.\n\nThe army sent reinforcements. Twelve soldiers were killed.',
    );
    expect(brief(other.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('losses borne are no toll announced: "Les FAMa ont subi de lourdes pertes"', () => {
    for (const [text, lang] of [
      [
        'Les FAMa ont subi de lourdes pertes dimanche près de Boni. Au moins quarante soldats ont été tués.',
        'fr',
      ],
      ["L'armée a essuyé de très lourdes pertes à Boni. Au moins quarante soldats ont été tués.", 'fr'],
      ['Malian troops suffered heavy losses on Sunday near Boni. At least forty soldiers were killed.', 'en'],
    ])
      expect(brief(read(text, lang).claims)).toEqual(['killed/soldiers 40-null unattributed']);
  });
});
