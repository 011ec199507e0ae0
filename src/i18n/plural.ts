/**
 * Numbers and plural forms through Intl, so Czech gets all four categories right:
 * "1 lůžko", "3 lůžka", "1,5 lůžka", "12 lůžek" (pagefind's Czech UI says "3 výsledků" for want of "few").
 */
import type { Lang } from './lang.js';

/** The noun forms for each plural category a language uses; `other` is the fallback. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function rulesFor(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules;
}

function numberFormatFor(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format;
}

/** The form for `count`: Czech "few" for 2–4, "many" for decimals, "other" for 0 and 5 upwards. */
export function selectPlural(lang: Lang, count: number, forms: PluralForms): string {
  return forms[rulesFor(lang).select(count)] ?? forms.other;
}

/** "12 345" in Czech (a no-break space groups thousands), "1,5"; "12,345" and "1.5" in English. */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormatFor(lang).format(value);
}

/** The number and its noun in the right form: "3 lůžka". */
export function countWithNoun(lang: Lang, count: number, forms: PluralForms): string {
  return `${formatNumber(lang, count)} ${selectPlural(lang, count, forms)}`;
}
