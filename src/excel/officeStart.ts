/**
 * Start-up of the add-in's pages: wait for Office, then hand the page what it needs from Office (the
 * display language, the theme's background). Keeps the `Office` global inside src/excel: the pane's
 * and the ribbon's entries call this and touch no Office.js themselves. Imports nothing, so the
 * ribbon's page stays a few bytes.
 */

export interface OfficeStart {
  /** Office's display language ("vi-VN", "en-US" …), where it reports one. */
  displayLanguage: string | undefined;
  /** The Office theme's body background ("#RRGGBB"), where the host has a theme. */
  themeBackground: string | undefined;
}

/** Run `start` once Office.js is ready. */
export function whenOfficeReady(start: (office: OfficeStart) => void = () => {}): void {
  Office.onReady(() =>
    start({
      displayLanguage: Office.context.displayLanguage,
      themeBackground: Office.context.officeTheme?.bodyBackgroundColor,
    }),
  );
}
