import { useEffect, useState } from 'preact/hooks';
import { LanguageSwitch } from './dashboard/LanguageSwitch';
import { t } from './i18n';

const SUGGESTED = 'Alt+Shift+C';

/** The first-run page: what the extension does, what it never does, the shortcut, the sample pages. */
export function Welcome({ shortcut }: { shortcut?: Promise<Array<{ name?: string; shortcut?: string }>> }) {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    shortcut
      ?.then((all) => setKey(all.find((c) => c.name === '_execute_action')?.shortcut || ''))
      .catch(() => setKey(''));
  }, []);
  return (
    <main class="welcome" data-testid="welcome">
      <h1>
        <img src="/icons/icon.svg" alt="" width="40" height="40" /> {t('welcome_title')}
      </h1>
      <LanguageSwitch />
      <h2>{t('welcome_doesHeading')}</h2>
      <ul>
        <li>{t('welcome_does1')}</li>
        <li>{t('welcome_does2')}</li>
        <li>{t('welcome_does3')}</li>
      </ul>
      <h2>{t('welcome_neverHeading')}</h2>
      <ul data-testid="never">
        <li>{t('welcome_never1')}</li>
        <li>{t('welcome_never2')}</li>
        <li>{t('welcome_never3')}</li>
      </ul>
      <h2>{t('welcome_shortcutHeading')}</h2>
      <p data-testid="welcome-shortcut">
        {key ? t('popup_shortcut', key) : t('popup_shortcutNone', SUGGESTED)}
      </p>
      <h2>{t('welcome_samplesHeading')}</h2>
      <p>{t('welcome_samples')}</p>
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openDashboard')}
        </button>
      </p>
    </main>
  );
}
