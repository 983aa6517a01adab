import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Knowledge, secondLookFor } from '../src/domain/knowledge.js';
import { Triage, type TriageTier } from '../src/domain/triage/triage.js';
import { EmergencyDetector } from './baseline/previousEmergencyDetector.js';
import { markdownTable } from './stats.js';

/**
 * Triage evaluation: the triage component beside the previous phrase-list detector, per
 * category, on the tune and held-out files (tests/eval/triage-*.json, written blind; see
 * tests/eval/README.md). Figures only: no labeled text is printed except tune misses
 * with --verbose.
 */
export interface TriageItem {
  readonly text: string;
  readonly tier: 'emergency' | 'crisis' | 'urgent' | 'mention';
  readonly category: string;
  readonly lang: string;
  readonly split: string;
}

/** What a detector under evaluation decides for a message. */
export type TierOf = (text: string) => TriageTier;

/**
 * Items of a triage file. The review files label a look-alike "none" (no alarm), the older ones "mention": both
 * pass when no 911 or 988 reply is given. Before round 31 "none" passed nothing, so every review file's
 * look-alike row read 0% in triage-eval.md.
 */
export function loadTriageItems(file: string): TriageItem[] {
  const items = (
    JSON.parse(readFileSync(file, 'utf8')) as { items: Array<Omit<TriageItem, 'tier'> & { tier: string }> }
  ).items;
  return items.map((i) => ({ ...i, tier: i.tier === 'none' ? 'mention' : (i.tier as TriageItem['tier']) }));
}

/** The previous detector knew only "emergency or not": its 911 reply never named 988 or the care team. */
export function previousDetector(root: string): TierOf {
  const phrases = (
    JSON.parse(readFileSync(path.join(root, 'bench/baseline/emergency-phrases.json'), 'utf8')) as { phrases: string[] }
  ).phrases;
  const detector = new EmergencyDetector(phrases);
  return (text) => (detector.isEmergency(text) ? 'emergency' : 'none');
}

/** Triage as the bot runs it, or with its concepts alone (`withModel` false) to show what the second look adds. */
export function currentTriage(knowledge: Knowledge, withModel = true): TierOf {
  const model = withModel ? secondLookFor(knowledge) : undefined;
  const triage = new Triage(knowledge.triage, knowledge.commonWords, model, undefined, knowledge.spanishWords);
  return (text) => triage.assess(text).tier;
}

/** Whether a decision is right for an item, as the targets count it. */
export function handled(item: TriageItem, tier: TriageTier): boolean {
  switch (item.tier) {
    case 'emergency':
      return tier === 'emergency' || tier === 'crisis';
    case 'crisis':
      return tier === 'crisis';
    case 'urgent':
      return tier === 'urgent';
    case 'mention':
      return tier !== 'emergency' && tier !== 'crisis';
  }
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

/** Per-category and per-tier rows: previous detector and triage, side by side. */
export function triageReport(
  items: readonly TriageItem[],
  systems: ReadonlyArray<{ name: string; tierOf: TierOf }>,
): string[] {
  const decided = systems.map((s) => items.map((i) => s.tierOf(i.text)));
  const rows: string[][] = [];
  const row = (label: string, pick: (i: TriageItem) => boolean): void => {
    const idx = items.map((it, k) => [it, k] as const).filter(([it]) => pick(it));
    if (idx.length === 0) return;
    rows.push([label, ...decided.map((d) => pct(idx.filter(([it, k]) => handled(it, d[k]!)).length, idx.length))]);
  };
  row('**emergency: 911 first**', (i) => i.tier === 'emergency');
  row('**crisis: 911 and 988**', (i) => i.tier === 'crisis');
  row('**urgent: call the care team today**', (i) => i.tier === 'urgent');
  row('**mention: no 911 (1 - false alarms)**', (i) => i.tier === 'mention');
  for (const cat of [...new Set(items.map((i) => `${i.tier}/${i.category}`))].sort())
    row(cat, (i) => `${i.tier}/${i.category}` === cat);
  const urgentOver = decided.map(
    (d) => items.filter((it, k) => it.tier === 'urgent' && (d[k] === 'emergency' || d[k] === 'crisis')).length,
  );
  const mentionUrgent = decided.map((d) => items.filter((it, k) => it.tier === 'mention' && d[k] === 'urgent').length);
  rows.push(['urgent items sent to 911 instead (over-triage)', ...urgentOver.map(String)]);
  rows.push(['mention items told to call the care team', ...mentionUrgent.map(String)]);
  return [markdownTable(['category', ...systems.map((s) => s.name)], rows)];
}

/** Tune misses with their texts, for whoever tunes the concepts (never the held-out file). */
export function tuneMisses(items: readonly TriageItem[], tierOf: TierOf): string[] {
  return items
    .filter((i) => !handled(i, tierOf(i.text)))
    .map((i) => `${i.tier}/${i.category} got ${tierOf(i.text)}: ${i.text}`);
}
