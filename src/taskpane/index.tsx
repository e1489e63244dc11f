/** Task pane entry: waits for Office, follows its theme and display language, renders the pane. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { liveOfficeHost } from '../excel/officeHost';
import { whenOfficeReady } from '../excel/officeStart';
import { OfficeWorkbookPort } from '../excel/officeWorkbookPort';
import { App } from './components/App';
import { languageFor } from './i18n/strings';

/** Office's theme, where the host reports one: a dark body background means the dark theme. */
export function officeTheme(bg: string | undefined): Theme {
  if (!bg) return webLightTheme;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 128 ? webDarkTheme : webLightTheme;
}

whenOfficeReady((office) => {
  const root = document.getElementById('root');
  if (!root) return;
  const port = new OfficeWorkbookPort(liveOfficeHost());
  createRoot(root).render(
    <App port={port} lang={languageFor(office.displayLanguage)} theme={officeTheme(office.themeBackground)} />,
  );
});
