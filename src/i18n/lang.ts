/** Interface languages: Czech by default, English second. */
export type Lang = 'cs' | 'en';

export const defaultLang: Lang = 'cs';

/** A `lang` attribute value to a supported language: "en", "en-GB" → en; anything else → cs. */
export function resolveLang(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : defaultLang;
}
