/**
 * Plurals by the language's own rules (`Intl.PluralRules`), never by `n === 1`: English has "one" and
 * "other", Vietnamese only "other". Every layer's strings use these.
 */
import type { Lang } from './lang';

/** The word for each plural category the language uses; `other` is required, as every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

function rulesFor(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** The form of a word for `n`: plural('en', 2, { one: 'task', other: 'tasks' }) → "tasks". */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  return forms[rulesFor(lang).select(n)] ?? forms.other;
}

/** `n` and its word: countOf('en', 1, { one: 'task', other: 'tasks' }) → "1 task". */
export function countOf(lang: Lang, n: number, forms: PluralForms): string {
  return `${n} ${plural(lang, n, forms)}`;
}
