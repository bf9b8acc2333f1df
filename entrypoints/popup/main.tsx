// First thing: the e2e test and `npm run bench` measure time-to-comparison from here.
performance.mark('popup-open');

import { render } from 'preact';
import { App } from './App';
import '@/components/theme.css';
import './popup.css';

render(<App />, document.getElementById('app')!);
