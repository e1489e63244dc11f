/** Task pane entry: waits for Office, follows its theme and display language, renders the pane. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { liveOfficeHost } from '../excel/officeHost';
import { OfficeWorkbookPort } from '../excel/officeWorkbookPort';
import { App } from './components/App';
import { languageFor } from './i18n/strings';

/** Office's theme, where the host reports one: a dark body background means the dark theme. */
export function officeTheme(): Theme {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg) return webLightTheme;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 128 ? webDarkTheme : webLightTheme;
}

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const port = new OfficeWorkbookPort(liveOfficeHost());
  createRoot(root).render(<App port={port} lang={languageFor(Office.context.displayLanguage)} theme={officeTheme()} />);
});
