import { afterEach, describe, expect, it, vi } from 'vitest';
import { savedLang, UI_LANG_KEY } from '../../../components/saved-lang';

afterEach(() => vi.unstubAllGlobals());

function storage(values: Record<string, string>) {
  return { getItem: (k: string) => values[k] ?? null };
}

describe('savedLang', () => {
  it('reads the language the user chose', () => {
    vi.stubGlobal('localStorage', storage({ [UI_LANG_KEY]: 'fr' }));
    expect(savedLang()).toBe('fr');
  });

  it('ignores a value that is not a language of the UI', () => {
    vi.stubGlobal('localStorage', storage({ [UI_LANG_KEY]: '<b>de</b>' }));
    expect(savedLang()).toBeNull();
  });

  it('has none without a choice, or where storage is refused', () => {
    vi.stubGlobal('localStorage', storage({}));
    expect(savedLang()).toBeNull();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(savedLang()).toBeNull();
  });
});
