// First thing: the e2e test reads the 'dashboard-open' → 'timeline-shown' measure.
performance.mark('dashboard-open');

import { render } from 'preact';
import { markDocumentLang, t } from '@/components/i18n';
import { openStore } from '@/lib/store';
import { App } from './App';
import '@/components/theme.css';
import './dashboard.css';

// Opened before the first render, not in an effect after it: the timeline waits for nothing else.
const store = openStore();
store.catch(() => undefined); // App shows the failure; no unhandled rejection before it looks
markDocumentLang();
document.title = t('dash_title');
render(<App store={store} />, document.getElementById('app')!);

// Only the e2e build (wxt --mode e2e) carries the seeding helper; Vite drops this branch elsewhere.
if (import.meta.env.MODE === 'e2e') void import('./e2e-hooks').then((m) => m.install());
