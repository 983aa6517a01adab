import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FaqPhrasing } from '../src/domain/faqModel.js';
import { loadKnowledge, triageFor } from '../src/domain/knowledge.js';
import { normalizeText } from '../src/domain/normalize.js';

/**
 * The tune question sets as training for the matcher's model: every question a helper wrote blind for a tune file
 * (never a held-out one) whose label is an entry or out-of-scope topic id goes to `knowledge/faq-phrasings-tune.json`,
 * or to `knowledge/es/` when it is Spanish (the writer's `lang`, else triage's reading; Spanglish, "mixed", to the
 * Spanish model only, so the English one learns no Spanish words). A question whose words equal a held-out
 * question's, or an earlier phrasing's, is left out, so no held-out figure is measured on its own training text.
 */
const TUNING_FILE = /^(?:labeled|dev\d*|blind\d*-tune|oos-edge\d*-tune|w9-w11-tune)\.json$/u;
export const EVAL_DIR = 'tests/eval';
const OUT = 'faq-phrasings-tune.json';

interface Written {
  readonly text: string;
  readonly id: string;
  readonly lang: 'en' | 'es' | 'mixed' | undefined;
}

/** The tune files' questions with an id the knowledge knows, in file order. */
function tuneQuestions(root: string, files: readonly string[], ids: ReadonlySet<string>): Written[] {
  return files.flatMap((file) => {
    const raw = JSON.parse(readFileSync(path.join(root, EVAL_DIR, file), 'utf8')) as Record<
      string,
      Array<{ text: string; expected?: string; topic?: string; split?: string; lang?: Written['lang'] }> | undefined
    >;
    return [...(raw.faq ?? []), ...(raw.outOfScope ?? [])]
      .filter((q) => q.split !== 'heldout')
      .flatMap((q) => {
        const id = q.expected ?? q.topic;
        return id !== undefined && ids.has(id) ? [{ text: q.text, id, lang: q.lang }] : [];
      });
  });
}

/** Every question of a held-out file or split, as the matcher's normalisation reads it. */
function heldOutTexts(root: string): Set<string> {
  const texts = new Set<string>();
  for (const file of readdirSync(path.join(root, EVAL_DIR))) {
    if (!file.endsWith('.json') || file.startsWith('triage-') || (TUNING_FILE.test(file) && file !== 'labeled.json'))
      continue;
    const raw = JSON.parse(readFileSync(path.join(root, EVAL_DIR, file), 'utf8')) as Record<string, unknown>;
    const whole = !TUNING_FILE.test(file);
    for (const key of ['faq', 'outOfScope', 'emergency', 'benign']) {
      const items = (raw[key] ?? []) as Array<{ text: string; split?: string }>;
      for (const q of items) if (whole || q.split === 'heldout') texts.add(normalizeText(q.text));
    }
  }
  return texts;
}

interface Context {
  readonly triage: ReturnType<typeof triageFor>;
  readonly ids: ReadonlySet<string>;
  readonly blocked: ReadonlySet<string>;
  /** The hand-written phrasings' words, per language. */
  readonly written: { readonly en: readonly string[]; readonly es: readonly string[] };
}

/** What every fold shares (the knowledge, triage, the held-out questions), read once per root. */
const contexts = new Map<string, Context>();
function contextOf(root: string): Context {
  let context = contexts.get(root);
  if (context === undefined) {
    const knowledge = loadKnowledge(path.join(root, 'knowledge'));
    const phrasingsOf = (file: string) =>
      (JSON.parse(readFileSync(path.join(root, 'knowledge', file), 'utf8')) as { phrasings: FaqPhrasing[] }).phrasings;
    context = {
      triage: triageFor(knowledge),
      ids: new Set([...knowledge.faq.map((e) => e.id), ...knowledge.vocabulary.outOfScope.map((t) => t.id)]),
      blocked: heldOutTexts(root),
      written: {
        en: phrasingsOf('faq-phrasings.json').map((p) => normalizeText(p.text)),
        es: phrasingsOf('es/faq-phrasings.json').map((p) => normalizeText(p.text)),
      },
    };
    contexts.set(root, context);
  }
  return context;
}

/** The English and Spanish tune phrasings, deduplicated against the held-out questions and the written phrasings. */
export function tunePhrasings(root: string, files: readonly string[]): { en: FaqPhrasing[]; es: FaqPhrasing[] } {
  const { triage, ids, blocked, written } = contextOf(root);
  const seen = { en: new Set(written.en), es: new Set(written.es) };
  const out = { en: [] as FaqPhrasing[], es: [] as FaqPhrasing[] };
  for (const q of tuneQuestions(root, files, ids)) {
    const said = normalizeText(q.text);
    if (blocked.has(said)) continue;
    const lang = q.lang ?? (triage.assess(q.text).language === 'es' ? 'es' : 'en');
    for (const to of lang === 'mixed' ? (['es'] as const) : [lang]) {
      if (seen[to].has(said)) continue;
      seen[to].add(said);
      out[to].push({ text: q.text, id: q.id });
    }
  }
  return out;
}

/** Writes both languages' tune phrasings into a knowledge folder (the project's, or a fold's copy). */
export function writeTunePhrasings(
  dir: string,
  phrasings: { en: FaqPhrasing[]; es: FaqPhrasing[] },
  files: readonly string[],
): void {
  const about =
    `Generated by npm run train:matcher (bench/trainMatcher.ts) from the tune question sets (${files.length} files in ` +
    'tests/eval, never a held-out one): each question written blind for them, under its entry or out-of-scope topic, ' +
    'for the matcher model only. Questions equal to a held-out question or an earlier phrasing are left out. Do not ' +
    'edit by hand: add a tune file and run it again.';
  for (const [file, list] of [
    [OUT, phrasings.en],
    [`es/${OUT}`, phrasings.es],
  ] as const)
    writeFileSync(path.join(dir, file), `${JSON.stringify({ about, phrasings: list }, null, 1)}\n`);
}

/** The tune files, sorted: what `npm run train:matcher` learns from and what cross-validation splits. */
export function tuneFiles(root: string): string[] {
  return readdirSync(path.join(root, EVAL_DIR))
    .filter((f) => TUNING_FILE.test(f))
    .sort();
}

/**
 * The tune files in `k` folds (every k-th file), each with a copy of the knowledge whose tune phrasings come from
 * the other folds only (or none, `without`), so a fold is scored by a model that never learnt it. `done` removes
 * the copies.
 */
export function tuneFolds(
  root: string,
  k: number,
  variant: 'with' | 'without' = 'with',
): { folds: Array<{ files: string[]; dir: string }>; done: () => void } {
  const files = tuneFiles(root);
  const scratch = mkdtempSync(path.join(tmpdir(), 'tune-folds-'));
  const folds = Array.from({ length: k }, (_, i) => {
    const rest = files.filter((_, j) => j % k !== i);
    const dir = path.join(scratch, `${i}-${variant}`);
    cpSync(path.join(root, 'knowledge'), dir, { recursive: true });
    writeTunePhrasings(dir, variant === 'with' ? tunePhrasings(root, rest) : { en: [], es: [] }, rest);
    return { files: files.filter((_, j) => j % k === i), dir };
  });
  return { folds, done: () => rmSync(scratch, { recursive: true, force: true }) };
}
