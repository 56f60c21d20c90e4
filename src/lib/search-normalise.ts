/**
 * Letter variants that Pagefind does not fold, folded the same way in the indexed pages and in
 * the query. Pagefind already strips combining marks (Arabic harakat, hamza on alef). It does not
 * fold: tatweel (ـ), the Arabic and Persian forms of yeh and kaf, alef maqsura, teh marbuta, and
 * Arabic-Indic or Persian digits. Arabic pages use the Arabic letter forms, Persian (Dari) pages
 * the Persian ones, so people who type on either keyboard find the same words.
 * Arabic is stemmed (Snowball), and the stemmer already treats ة/ه and ى/ي at the end of a word
 * alike; folding them first would change the stems ("الليله" no longer finds "ليلي"). So Arabic
 * folds only the Persian keyboard letters; Dari, which is not stemmed, folds all of them.
 */
const TATWEEL = /\u0640/g;
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

function foldDigits(text: string): string {
  return text.replace(DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const ARABIC_FORMS: Record<string, string> = { 'ی': 'ي', 'ک': 'ك' };
const PERSIAN_FORMS: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه' };

export function normaliseForSearch(text: string, lang: string): string {
  const base = lang.toLowerCase().split('-')[0];
  const forms = base === 'ar' ? ARABIC_FORMS : base === 'fa' || base === 'prs' ? PERSIAN_FORMS : undefined;
  if (!forms) return text;
  return foldDigits(text.replace(TATWEEL, '')).replace(/[یىکةيك]/g, (c) => forms[c] ?? c);
}

/** Whether normaliseForSearch changes anything for this language (so the build can skip others). */
export function needsSearchNormalising(lang: string): boolean {
  return ['ar', 'fa', 'prs'].includes(lang.toLowerCase().split('-')[0]!);
}

/**
 * Languages Pagefind 1.6 stems (Snowball). Others (Dari, Ukrainian, Tigrinya, Tagalog) match
 * exact words and word beginnings only, so their search box says "type the start of a word".
 */
const STEMMED = ['ar', 'hy', 'eu', 'ca', 'da', 'nl', 'en', 'eo', 'et', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga', 'it', 'lt', 'nb', 'nn', 'no', 'ne', 'pt', 'ro', 'ru', 'sr', 'pl', 'es', 'sv', 'ta', 'tr', 'yi'];

export function hasStemming(lang: string): boolean {
  return STEMMED.includes(lang.toLowerCase().split('-')[0]!);
}
