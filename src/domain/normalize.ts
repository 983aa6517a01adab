/**
 * Text normalization shared by every matcher, so that "Can't", "cant" and "CAN’T" are
 * the same word for the FAQ matcher and the intent matcher. Word-level rewrites ("x ray" -> xray)
 * are data: phrases in `knowledge/synonyms.json`.
 */

const APOSTROPHES = /['’‘`´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-case, strip accents and apostrophes, turn punctuation into spaces, collapse spaces. */
export function normalizeText(input: string): string {
  // One message goes through every intent and the FAQ matcher in
  // turn: remembering the last result saves doing the same work eight times per turn.
  if (input === lastInput) return lastOutput;
  let text: string;
  if (isAscii(input)) {
    text = input.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(ASCII_NON_WORD, ' ').trim();
    text = text.replace(ASCII_STRETCHED, '$1');
  } else {
    text = input.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
    // Every run of spaces is a run of non-word characters: it is one space already.
    text = text.replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim().replace(STRETCHED, '$1');
  }
  lastInput = input;
  lastOutput = text;
  return text;
}

/** "ayudaaa", "helppp": a letter typed three or more times reads as one ("calll" as "cal", which typo tolerance reads as "call"). */
export const STRETCHED = /(\p{L})\1{2,}/gu;

const NOT_ASCII = /[^\p{ASCII}]/u;

/** ASCII text (most) has no accents to strip: the ASCII patterns below do what the Unicode ones do, faster. */
export function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}
/** The apostrophes of APOSTROPHES that are ASCII. */
export const ASCII_APOSTROPHES = /['`]/g;
/** NON_WORD and STRETCHED for lower-case ASCII text. */
const ASCII_NON_WORD = /[^a-z0-9]+/g;
export const ASCII_STRETCHED = /([a-z])\1{2,}/g;

let lastInput: string | undefined;
let lastOutput = '';

export function tokenize(input: string): string[] {
  const text = normalizeText(input);
  return text === '' ? [] : text.split(' ');
}

/**
 * A deliberately light stemmer: plurals and a few verb endings. Enough for
 * "legs"/"leg", "injections"/"injection", "bleeding"/"bleed"; a full Porter stemmer
 * would merge words patients use differently ("sedated" and "sedation" are fine apart).
 */
export function stem(token: string): string {
  if (token.length <= 3) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (token.endsWith('ss') || token.endsWith('us') || token.endsWith('is')) return token;
  if (token.endsWith('s')) return token.slice(0, -1);
  return token;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped for speed. */
export function editDistance(a: string, b: string, max = 2): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rowA.length < cols) {
    rowA = new Int32Array(cols * 2);
    rowB = new Int32Array(cols * 2);
    rowC = new Int32Array(cols * 2);
  }
  // Three rolling rows (two back for transpositions), reused across calls: no allocation per word.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** How many typos a word of this length may carry and still count as the same word. */
export function typoAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * `word` with up to `depth` letters deleted, itself included. Two words within `depth`
 * typos of each other always share one of these, so a map from them finds the few words
 * worth comparing letter by letter.
 */
export function deletionsOf(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}
