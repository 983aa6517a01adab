import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TurnCoordinator } from '../src/turnCoordinator.js';

export interface CoordinatorsUnderTest {
  /** Two coordinators sharing what they coordinate (one process: the same one twice). */
  readonly a: TurnCoordinator;
  readonly b: TurnCoordinator;
  cleanup(): Promise<void>;
}

/** What every turn coordinator must guarantee; run for the one-process and the PostgreSQL one. */
export function describeTurnCoordinator(name: string, make: () => Promise<CoordinatorsUnderTest>): void {
  describe(`TurnCoordinator: ${name}`, () => {
    let under: CoordinatorsUnderTest;
    beforeEach(async () => {
      under = await make();
    });
    afterEach(async () => {
      await under.cleanup();
    });

    it('never runs two turns of one conversation at once, across coordinators', async () => {
      let running = 0;
      let overlap = false;
      const turn = async () => {
        running++;
        if (running > 1) overlap = true;
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return true;
      };
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? under.a : under.b).run('chan/conv-1', `act-${i}`, turn)),
      );
      expect(overlap).toBe(false);
    });

    it('runs an activity id once, whichever coordinator gets the retry', async () => {
      let runs = 0;
      const turn = async () => {
        runs++;
        return true;
      };
      expect(await under.a.run('chan/conv-2', 'act-1', turn)).toBe(true);
      expect(await under.b.run('chan/conv-2', 'act-1', turn)).toBe(false);
      expect(await under.a.run('chan/conv-3', 'act-1', turn)).toBe(true); // another conversation
      expect(runs).toBe(2);
    });

    it('runs the retry of a turn that failed', async () => {
      await expect(under.a.run('chan/conv-4', 'act-1', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
        'boom',
      );
      expect(await under.b.run('chan/conv-4', 'act-1', async () => true)).toBe(true);
    });
  });
}
