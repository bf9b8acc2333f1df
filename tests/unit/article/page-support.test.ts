import { describe, expect, it } from 'vitest';
import { unreadableText } from '../../../components/page-words';
import { setLang } from '../../../components/i18n';
import { injectionFailure, unreadableReason } from '../../../lib/article/page-support';

describe('unreadableReason', () => {
  it.each([
    ['chrome://settings/', /browser's own pages \(chrome:\/\/…\)/],
    ['edge://newtab/', /browser's own pages/],
    ['about:blank', /browser's own pages/],
    ['view-source:https://news.example/a', /view-source/],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', /other extensions/],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', /PDF viewer/],
    ['https://chromewebstore.google.com/detail/x/abc', /Chrome Web Store/],
    ['https://chrome.google.com/webstore/detail/abc', /Chrome Web Store/],
    ['https://news.example/report.PDF', /PDF documents/],
    ['ftp://files.example/x', /only web pages/],
  ])('refuses %s', (url, re) => {
    const code = unreadableReason(url);
    expect(code).not.toBeNull();
    setLang('en');
    const why = unreadableText(code!);
    expect(why).toMatch(/^This page can't be read: browsers don't let extensions run on/);
    expect(why).toMatch(re);
  });

  it.each([
    'https://www.saheldispatch.news/africa/x',
    'http://127.0.0.1:8080/a.html',
    'file:///tmp/a.html',
    undefined,
  ])('lets %s be tried', (url) => expect(unreadableReason(url)).toBeNull());

  it('explains injection errors', () => {
    setLang('en');
    expect(unreadableText(injectionFailure('The extensions gallery cannot be scripted.'))).toMatch(
      /can't be read/,
    );
    expect(
      injectionFailure(
        'Cannot access contents of url "file:///x". Extension manifest must request permission',
      ).code,
    ).toBe('file-access');
    expect(unreadableText(injectionFailure('Frame with ID 0 was removed.'))).toBe(
      'The page could not be read: Frame with ID 0 was removed.',
    );
  });

  it('says it in French', () => {
    setLang('fr');
    expect(unreadableText(unreadableReason('https://addons.mozilla.org/fr/')!)).toBe(
      'Cette page ne peut pas être lue : les navigateurs ne laissent pas les extensions agir sur le site des modules complémentaires de Firefox.',
    );
    expect(unreadableText(unreadableReason('chrome://settings/')!)).toMatch(
      /leurs propres pages \(chrome:\/\/…\)/,
    );
    setLang('en');
  });
});
