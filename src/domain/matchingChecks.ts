import { FaqMatcher, type MatcherVocabulary, matchTokens } from './faqMatcher.js';
import type { FaqEntry } from './knowledge.js';
import { stem, tokenize } from './normalize.js';

/**
 * Checks the matcher's word lists against the entries at load, like synonyms are checked, so
 * that a content edit that would silently break matching stops start-up instead, naming the
 * word and the file:
 * - a keyword whose every word is filler (`matching.json` stopwords) vanishes;
 * - a stopword or an out-of-scope keyword that becomes an FAQ word once plurals are folded
 *   ("news" -> "new") takes that word away from the FAQ;
 * - a topic's mark that a synonym reads as another word marks every question with that word;
 * - an entry or topic whose own example question ranks another one first cannot be found.
 * Returns the problems per file name (relative to the knowledge folder).
 */
export function checkMatching(
  entries: readonly FaqEntry[],
  vocabulary: MatcherVocabulary,
  /** The matcher over these entries and words (the caller may keep it); built here by default. */
  buildMatcher: () => FaqMatcher = () => new FaqMatcher(entries, undefined, vocabulary),
): Array<[string, string[]]> {
  const stopwords = new Set(vocabulary.stopwords);
  const faqWords = new Set(entries.flatMap((e) => [e.title, ...e.keywords]).flatMap((t) => matchTokens(t, stopwords)));
  const faqSpellings = new Set(entries.flatMap((e) => [e.title, ...e.keywords, ...e.examples]).flatMap(tokenize));
  const takesFaqWord = (word: string) => stem(word) !== word && faqWords.has(stem(word)) && !faqSpellings.has(word);

  const faqProblems = vanishing('entries', entries, stopwords);
  const topicProblems = vanishing('topics', vocabulary.outOfScope, stopwords);
  const matchingProblems = vocabulary.stopwords
    .map((word, i) => [word, i] as const)
    .filter(([word]) => takesFaqWord(word))
    .map(([word, i]) => `stopwords[${i}]: "${word}" is read as "${stem(word)}", a word of the FAQ entries; remove it`);
  vocabulary.outOfScope.forEach((topic, i) =>
    topic.keywords.forEach((keyword, j) => {
      for (const word of tokenize(keyword).filter((w) => !stopwords.has(w) && takesFaqWord(w))) {
        topicProblems.push(
          `${at('topics', i, topic.id)}.keywords[${j}]: "${word}" is read as "${stem(word)}", ` +
            'a word of the FAQ entries; ' +
            'use another word',
        );
      }
    }),
  );

  // A mark read as another word by a synonym ("grout" is "cement") would put every question with that word off the
  // page: "how long does the cement take to harden" would get "I don't know".
  vocabulary.outOfScope.forEach((topic, i) =>
    (topic.marks ?? []).forEach((mark, j) => {
      const read = vocabulary.synonyms[mark] ?? vocabulary.synonyms[stem(mark)];
      if (read === undefined) return;
      topicProblems.push(
        `${at('topics', i, topic.id)}.marks[${j}]: "${mark}" is read as "${read}" (synonyms.json), so every ` +
          `question with "${read}" would be marked; remove the mark or the synonym`,
      );
    }),
  );

  // An FAQ keyword that is also a keyword of a topic the page does not cover splits the question
  // between the two ("shower" as a new entry while after-care still lists it).
  const faqKeywords = new Map<string, string>();
  for (const e of entries) {
    for (const k of e.keywords)
      for (const w of matchTokens(k, stopwords)) if (!faqKeywords.has(w)) faqKeywords.set(w, e.id);
  }
  vocabulary.outOfScope.forEach((topic, i) =>
    topic.keywords.forEach((keyword, j) => {
      const words = matchTokens(keyword, stopwords);
      const owner = words.length === 1 ? faqKeywords.get(words[0] ?? '') : undefined;
      if (owner === undefined) return;
      topicProblems.push(
        `${at('topics', i, topic.id)}.keywords[${j}]: "${keyword}" is also a keyword of FAQ entry "${owner}"; ` +
          'remove it here if the page answers it',
      );
    }),
  );

  if (faqProblems.length + topicProblems.length + matchingProblems.length === 0) {
    const matcher = buildMatcher();
    // An entry's own example must rank it first, and a topic's the topic: otherwise it cannot be found.
    const ownExamples = (
      field: string,
      docs: ReadonlyArray<{ id: string; examples: readonly string[] }>,
      out: string[],
    ) =>
      docs.forEach((doc, i) =>
        doc.examples.forEach((example, j) => {
          const top = matcher.rank(example, 1)[0]?.id;
          if (top === doc.id) return;
          const got = top === undefined ? 'nothing' : `"${top}"`;
          out.push(
            `${at(field, i, doc.id)}.examples[${j}]: "${example}" matches ${got}, not this one; ` +
              'reword it or add a keyword',
          );
        }),
      );
    ownExamples('entries', entries, faqProblems);
    ownExamples('topics', vocabulary.outOfScope, topicProblems);
  }

  return [
    ['matching.json', matchingProblems],
    ['faq.json', faqProblems],
    ['out-of-scope.json', topicProblems],
  ];
}

function vanishing(
  field: string,
  docs: ReadonlyArray<{ id: string; keywords: readonly string[] }>,
  stopwords: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  docs.forEach((doc, i) =>
    doc.keywords.forEach((keyword, j) => {
      if (matchTokens(keyword, stopwords).length > 0) return;
      out.push(
        `${at(field, i, doc.id)}.keywords[${j}]: "${keyword}" has only filler words ` +
          '(matching.json stopwords), so it matches nothing',
      );
    }),
  );
  return out;
}

function at(field: string, i: number, id: string): string {
  return `${field}[${i}] (id "${id}")`;
}
