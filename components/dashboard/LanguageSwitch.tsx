import { getLang, LANGS, setLang, t, type Lang } from '../i18n';

const NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };

/** The UI language: remembered in the extension's localStorage; the pages are redrawn in it. */
export function LanguageSwitch({ onChange = () => location.reload() }: { onChange?: () => void }) {
  return (
    <label class="language">
      {t('dash_language')}{' '}
      <select
        value={getLang()}
        data-testid="language"
        onChange={(e) => {
          setLang(e.currentTarget.value as Lang, true);
          onChange();
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
