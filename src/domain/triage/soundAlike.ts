/** Spanish term words this long or longer get a sound-alike twin; shorter ones ("cayo", "ella") are too ambiguous. */
const MIN_LETTERS = 6;
const Y_BETWEEN_VOWELS = /(?<=[aeiou])y(?=[aeiou])/g;
const LL_BETWEEN_VOWELS = /(?<=[aeiou])ll(?=[aeiou])/g;

/**
 * Spellings for Spanish words that sound alike: "y" and "ll" between vowels are one sound for most speakers
 * (yeísmo), so people type "se desmalló" for "se desmayó" and "pastiya" for "pastilla" (review and form
 * transcripts: "desmallo" got no reply at all). Each Spanish term word of MIN_LETTERS or more gets its twin as a
 * spelling of it, unless the twin is a word of its own (`taken`: common words, hints, term words) or already spelt.
 */
export function soundAlikeSpellings(
  spanishWords: Iterable<string>,
  taken: ReadonlySet<string>,
  spelt: ReadonlyMap<string, string>,
): Map<string, string> {
  const twins = new Map<string, string>();
  for (const word of spanishWords) {
    if (word.length < MIN_LETTERS) continue;
    for (const twin of [word.replace(Y_BETWEEN_VOWELS, 'll'), word.replace(LL_BETWEEN_VOWELS, 'y')])
      if (twin !== word && !taken.has(twin) && !spelt.has(twin) && !twins.has(twin)) twins.set(twin, word);
  }
  return twins;
}
