/** The languages everything user-facing speaks, Vietnamese first (the default everywhere). */
export const LANGS = ['vi', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** The language the language switch goes to from `lang`. */
export function nextLang(lang: Lang): Lang {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}
