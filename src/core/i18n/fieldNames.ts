import type { Lang } from './lang';
import type { Field } from '../report/schema';
import { fieldLabel } from './labels';

/** A field's name inside a sentence ("thời hạn", "deadline"). */
export function fieldInSentence(field: Field, lang: Lang): string {
  const l = fieldLabel(lang, field);
  return lang === 'vi' ? l.charAt(0).toLowerCase() + l.slice(1) : l.toLowerCase();
}
