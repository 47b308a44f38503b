/** Options page wiring: the page frame plus every feature's section, with the browser's i18n. */
import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { browserTranslate } from '../shared/browser-i18n';
import { OPTIONS_SECTIONS } from './sections';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browserTranslate('optionsTitle');
render(
  <OptionsPage t={browserTranslate}>
    {OPTIONS_SECTIONS.map((Section, i) => (
      <Section key={i} t={browserTranslate} />
    ))}
  </OptionsPage>,
  document.getElementById('app')!,
);
