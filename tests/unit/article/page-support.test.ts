import { describe, expect, it } from 'vitest';
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
    const why = unreadableReason(url);
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
    expect(injectionFailure('The extensions gallery cannot be scripted.')).toMatch(/can't be read/);
    expect(
      injectionFailure(
        'Cannot access contents of url "file:///x". Extension manifest must request permission',
      ),
    ).toMatch(/file URLs/);
    expect(injectionFailure('Frame with ID 0 was removed.')).toBe(
      'The page could not be read: Frame with ID 0 was removed.',
    );
  });
});
