import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Knowledge, loadKnowledge } from '../../src/domain/knowledge.js';

/**
 * knowledge/ as shipped, loaded and checked once per test process: bots built or started by the
 * helpers share it unless a test points them at a copy.
 */
export const shippedKnowledge: Knowledge = loadKnowledge(path.resolve('knowledge'));

/** The page's emergency sentence, read from the knowledge the bot says it from. */
export const EMERGENCY_SENTENCE = shippedKnowledge.messages.emergency;

/** "Call 911 now", the first line of an emergency reply. */
export const CALL_911_NOW = shippedKnowledge.messages.emergencyFollowUp;

/** A knowledge file's parsed JSON, edited freely by tests. */
export type Json = any;
/** A JSON file's content, edited in place. */
export type JsonEdit = (json: Json) => void;

/**
 * A throwaway copy of knowledge/ with some files edited (file name -> edit), for tests that
 * need broken or extended knowledge. `remove()` deletes it.
 */
export function knowledgeCopy(edits: Readonly<Record<string, JsonEdit>> = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
  cpSync(path.resolve('knowledge'), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    const json: unknown = JSON.parse(readFileSync(full, 'utf8'));
    edit(json);
    writeFileSync(full, JSON.stringify(json));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
