/** ICU's display names, one per locale: building one costs more than a lookup. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** "Vietnamese", "vietnamita": a language code's name in `locale` (ICU's), or the code when ICU has none. */
export function languageName(code: string, locale: 'en' | 'es' = 'en'): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // Not a well-formed code (an old row): shown as stored.
    return code;
  }
}
