import { render } from 'preact';
import { markDocumentLang, t } from '@/components/i18n';
import { Welcome } from '@/components/Welcome';
import '@/components/theme.css';
import './welcome.css';

markDocumentLang();
document.title = t('welcome_title');
render(<Welcome shortcut={browser.commands?.getAll?.()} />, document.getElementById('app')!);
