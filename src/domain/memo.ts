import { LRUCache } from 'lru-cache';

/** Digits or "@": a phone number, an email, a date of birth. Such a message is never kept past its turn. */
const CONTACT_DETAIL = /[\d@]/;

/**
 * Results of pure per-message work (triage, language, decision), by kind and text. The last text of each kind is
 * always kept, since one turn asks about its message several times. Only a message its caller chose to `keep` (a
 * question answered outside the form, never a form answer such as a name) and that has no digit or "@" stays for later
 * turns, in a least-recently-used cache of `size` messages, so a repeated button text or common question costs a
 * lookup. Values are shared between callers, so they must be read-only (they are typed so).
 */
export class Memo {
  private readonly last = new Map<string, { readonly text: string; readonly value: unknown }>();
  private readonly lru: LRUCache<string, { readonly value: unknown }> | undefined;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Memo: size must be a whole number ≥ 1, got ${size}`);
    this.lru = size > 1 ? new LRUCache({ max: size }) : undefined;
  }

  get<T>(kind: string, text: string, compute: () => T): T {
    const last = this.last.get(kind);
    if (last?.text === text) return last.value as T;
    const kept = this.lru?.get(`${kind}\u0000${text}`);
    const value = kept ? (kept.value as T) : compute();
    this.last.set(kind, { text, value });
    return value;
  }

  /** Keeps for later turns every result worked out for `text` so far, unless it may hold contact details. */
  keep(text: string): void {
    if (this.lru === undefined || CONTACT_DETAIL.test(text)) return;
    for (const [kind, last] of this.last)
      if (last.text === text) this.lru.set(`${kind}\u0000${text}`, { value: last.value });
  }
}
