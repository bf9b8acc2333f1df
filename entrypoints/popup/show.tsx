/** The popup's UI, loaded by main.tsx while the page is read. */
import { render } from 'preact';
import { markDocumentLang } from '@/components/i18n';
import { App } from './App';
import type { PopupBoot } from './start-up';

export function show(boot: PopupBoot) {
  markDocumentLang();
  render(<App boot={boot} />, document.getElementById('app')!);
}
