// First thing: the e2e test and `npm run bench` measure time-to-comparison from here.
performance.mark('popup-open');

import { render } from 'preact';
import { markDocumentLang } from '@/components/i18n';
import { App } from './App';
import '@/components/theme.css';
import './popup.css';

markDocumentLang();
render(<App />, document.getElementById('app')!);
