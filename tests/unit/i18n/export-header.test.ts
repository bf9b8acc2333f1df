/** The claims CSV's header row follows the UI language; the rows are untouched. */
import { afterEach, expect, it } from 'vitest';
import { setLang } from '../../../components/i18n';
import { localiseClaimsHeader } from '../../../components/export-header';
import { CLAIM_COLUMNS } from '../../../lib/export';

afterEach(() => setLang('en'));

const csv = `${CLAIM_COLUMNS.join(',')}\r\nev1,2026-10-13,Gao,RFI,https://x.example/a,,killed,soldiers,3,3,false,false,official,,"trois soldats"\r\n`;

it('keeps the column codes in English', () => {
  setLang('en');
  expect(localiseClaimsHeader(csv)).toBe(csv);
});

it('writes French column names and leaves the rows as they are', () => {
  setLang('fr');
  const [head, ...rest] = localiseClaimsHeader(csv).split('\r\n');
  expect(head.split(',')).toEqual([
    'événement',
    'date',
    'lieux',
    'média',
    'url',
    'publié',
    'type',
    'victimes',
    'min',
    'max',
    'approximatif',
    'antérieur',
    'selon',
    'source',
    'citation',
  ]);
  expect(rest.join('\r\n')).toBe(csv.split('\r\n').slice(1).join('\r\n'));
});
