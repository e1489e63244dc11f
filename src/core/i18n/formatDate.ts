import type { Lang } from '../i18n/lang';

/** dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English messages. */
export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
