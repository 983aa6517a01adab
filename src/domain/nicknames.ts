import { alternation } from './contactCorrections.js';

/** Words that say a name is the legal one, or what a person is called (`contact.json` `nicknames`). */
export interface NicknameWords {
  /** "legal name is", "nombre legal": the name after them is the legal one, wherever the nickname is. */
  readonly legal: readonly string[];
  /** "my name is", "mi nombre es": the legal name, when a nickname is also said ("me dicen Lupita pero…"). */
  readonly named: readonly string[];
  /** "goes by", "me dicen": the one word after them is the nickname. */
  readonly goesBy: readonly string[];
  /** "but", "pero": join the two parts, no part of either. */
  readonly joiners: readonly string[];
}

const WORD = "\\p{L}[\\p{L}'’-]*";

/**
 * "Peggy O'Neil, legal name is Margaret O'Neil", "me dicen Lupita pero mi nombre es Guadalupe Hernández", "Jesus
 * Morales, pero me dicen Chuy": the legal name with the nickname after its first word, as staff write it ("Margaret
 * (Peggy) O'Neil"). Blind form review 53 refused the first two as names and dropped the nickname of the third.
 * Undefined when the message is not a name with a nickname.
 */
export function nicknameReader(words: NicknameWords): (typed: string) => string | undefined {
  const cue = (list: readonly string[]) => `(?<![\\p{L}])(?:${alternation(list)})(?![\\p{L}])`;
  const legal = new RegExp(cue(words.legal), 'iu');
  const named = new RegExp(cue([...words.legal, ...words.named]), 'iu');
  // The nickname ends its clause ("me dicen Lupita pero…"); "me dicen que…" says something else.
  const goesBy = new RegExp(
    `${cue(words.goesBy)}\\s+(${WORD})(?=\\s*(?:[,;.!)]|$|(?:${alternation(words.joiners)})(?![\\p{L}])))`,
    'iu',
  );
  const joiner = new RegExp(`(?:^|[\\s,;.]+)(?:${alternation(words.joiners)})?[\\s,;.:]*$`, 'iu');
  const onlyName = new RegExp(`^\\s*(${WORD}(?:\\s+${WORD}){1,4})\\s*[.!]*\\s*$`, 'u');
  const clean = (s: string) => s.replace(joiner, '').replace(/^[\s,;.:]+/u, '');
  return (typed) => {
    const nick = goesBy.exec(typed);
    const legalCue = (nick === null ? legal : named).exec(typed);
    let legalName: string | undefined;
    let nickname: string | undefined;
    if (nick !== null) {
      nickname = nick[1];
      const rest = `${typed.slice(0, nick.index)} , ${typed.slice(nick.index + nick[0].length)}`;
      const after = legalCue === null ? undefined : rest.slice(rest.search(named)).replace(named, '');
      legalName = clean((after ?? rest).split(/[,;]/u).find((p) => onlyName.test(clean(p))) ?? '');
    } else if (legalCue !== null) {
      // "Peggy O'Neil, legal name is Margaret O'Neil": what stands before the cue is what the person is called, when
      // it is one word with a capital or shares the legal name's last word ("hi, my legal name is…" has no nickname).
      const before = clean(typed.slice(0, legalCue.index)).split(/\s+/u);
      legalName = clean(typed.slice(legalCue.index + legalCue[0].length));
      const sameLast =
        before.length === 2 && before[1]!.toLowerCase() === legalName.split(/\s+/u).at(-1)?.toLowerCase();
      if (sameLast || (before.length === 1 && /^\p{Lu}/u.test(before[0]!))) nickname = before[0];
    }
    const parts = onlyName.exec(legalName ?? '')?.[1]?.split(/\s+/u);
    if (parts === undefined || nickname === undefined || !new RegExp(`^${WORD}$`, 'u').test(nickname)) return undefined;
    const [first, ...others] = parts;
    return first!.toLowerCase() === nickname.toLowerCase()
      ? parts.join(' ')
      : `${first} (${nickname}) ${others.join(' ')}`;
  };
}
