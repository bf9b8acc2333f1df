import { describe, expect, it } from 'vitest';
import { normaliseUrl, registrableDomain, reportKey, sameSite } from '../../../lib/article/site';

describe('registrable domain (eTLD+1)', () => {
  it.each([
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.example.org', 'example.org'],
    ['www.maliweb.net', 'maliweb.net'],
    ['journal.gouv.ml', 'journal.gouv.ml'],
    ['a.b.lemonde.fr', 'lemonde.fr'],
    ['someone.blogspot.com', 'someone.blogspot.com'],
    ['x.y.someone.wordpress.com', 'someone.wordpress.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, site) => expect(registrableDomain(host)).toBe(site));
});

describe('the store key of a page', () => {
  it('takes a canonical URL on the same site, normalised', () => {
    expect(reportKey('https://amp.example.org/a?utm_medium=x#top', 'https://www.example.org/a#c')).toBe(
      'https://www.example.org/a',
    );
    expect(sameSite('http://example.org/x', 'https://www.example.org/y')).toBe(true);
  });

  it('ignores a canonical URL on another site (another host, another blog on one platform, another loopback name)', () => {
    expect(reportKey('https://copycat.example.net/p', 'https://www.example.org/a')).toBe(
      'https://copycat.example.net/p',
    );
    expect(reportKey('https://evil.blogspot.com/p', 'https://victim.blogspot.com/a')).toBe(
      'https://evil.blogspot.com/p',
    );
    expect(reportKey('http://localhost:8080/copy.html', 'http://127.0.0.1:8080/a.html')).toBe(
      'http://localhost:8080/copy.html',
    );
    expect(reportKey('https://example.org/p', 'javascript:alert(1)')).toBe('https://example.org/p');
  });

  it('normalises the page address: no fragment, no tracking parameters, other parameters kept', () => {
    expect(normaliseUrl('HTTPS://Example.org:443/a?id=3&utm_source=tw&fbclid=z#x')).toBe(
      'https://example.org/a?id=3',
    );
  });
});
