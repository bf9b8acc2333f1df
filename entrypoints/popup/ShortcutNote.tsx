import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n';

/** The key that opens this popup (manifest `commands._execute_action`, changeable by the user). */
export const SUGGESTED_SHORTCUT = 'Alt+Shift+C';

/** "Shortcut: Alt+Shift+C", the key the browser really has (the user may have changed or removed it). */
export function ShortcutNote() {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((all) => setKey(all.find((c) => c.name === '_execute_action')?.shortcut ?? ''))
      .catch(() => setKey(SUGGESTED_SHORTCUT));
  }, []);
  if (key === null) return null;
  return (
    <p class="shortcut" data-shortcut={key}>
      {key ? t('popup_shortcut', key) : t('popup_shortcutNone', SUGGESTED_SHORTCUT)}
    </p>
  );
}
