/** Task pane entry: waits for Office, follows its theme and display language, renders the pane. */
import './zodWithoutEval';
import type { Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { liveOfficeHost } from '../excel/officeHost';
import { whenOfficeReady } from '../excel/officeStart';
import { OfficeWorkbookPort } from '../excel/officeWorkbookPort';
import { App } from './components/App';
import { languageFor } from './i18n/strings';

/** Whether Office's theme is dark, where the host reports one: a dark body background means the dark theme. */
export function isDarkBackground(bg: string | undefined): boolean {
  if (!bg) return false;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 128;
}

/** Office's theme: only the one the host asks for is loaded (each theme's tokens are their own chunk). */
export async function officeTheme(bg: string | undefined): Promise<Theme> {
  const { theme } = isDarkBackground(bg)
    ? await import(/* webpackChunkName: "taskpane-theme-dark" */ './themes/dark')
    : await import(/* webpackChunkName: "taskpane-theme-light" */ './themes/light');
  return theme;
}

whenOfficeReady((office) => {
  const root = document.getElementById('root');
  if (!root) return;
  const port = new OfficeWorkbookPort(liveOfficeHost());
  void officeTheme(office.themeBackground).then((theme) =>
    createRoot(root).render(<App port={port} lang={languageFor(office.displayLanguage)} theme={theme} />),
  );
});
