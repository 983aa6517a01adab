import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** What a visitor waits for, in ms, per run: the welcome after opening the page, and an answer after pressing Enter. */
export interface BrowserTimings {
  readonly welcomeCold: number[];
  readonly welcomeWarm: number[];
  readonly replyStream: number[];
  readonly replyPolling: number[];
}

export interface BrowserBenchOptions {
  readonly url: string;
  readonly runs: number;
  /** Part of the welcome's text (without apostrophes, which Web Chat curls). */
  readonly welcomeText: string;
  readonly question: string;
  /** Part of the answer's text. */
  readonly answerText: string;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Records in the page, with `performance.now()` (0 = navigation start), when a bubble with
 * each wanted text first appears, so the figures include no test-driver polling.
 */
const MARKER = `
  window.__want = {};
  window.__marks = {};
  new MutationObserver(() => {
    for (const [key, text] of Object.entries(window.__want)) {
      if (window.__marks[key] !== undefined) continue;
      for (const b of document.querySelectorAll('.webchat__bubble')) {
        if (b.textContent.replace(/\\u200b/g, '').includes(text)) { window.__marks[key] = performance.now(); break; }
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/**
 * Real Chromium timings of the chat page: welcome visible with an empty cache (a new
 * profile) and with a warm one (the same profile again), and answer visible over the
 * WebSocket stream and over polling (the stream refused, as by a proxy). Undefined
 * without Chromium.
 */
export async function measureBrowser(options: BrowserBenchOptions): Promise<BrowserTimings | undefined> {
  if (!existsSync(CHROMIUM_PATH)) return undefined;
  const timings: BrowserTimings = { welcomeCold: [], welcomeWarm: [], replyStream: [], replyPolling: [] };
  for (let run = 0; run < options.runs; run++) {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      viewport: { width: 420, height: 860 },
    });
    try {
      await context.addInitScript(MARKER);
      const cold = await openChat(context, options);
      timings.welcomeCold.push(cold.welcome);
      await cold.page.close();
      const warm = await openChat(context, options);
      timings.welcomeWarm.push(warm.welcome);
      timings.replyStream.push(await ask(warm.page, options));
      await warm.page.close();
      const polling = await context.newPage();
      await polling.routeWebSocket(/\/stream/, (ws) => ws.close());
      const polled = await openChat(context, options, polling);
      // The page waits 4 s for the stream before it polls; ask once it has.
      await polling.waitForTimeout(5_000);
      timings.replyPolling.push(await ask(polled.page, options));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return timings;
}

async function openChat(
  context: BrowserContext,
  options: BrowserBenchOptions,
  page?: Page,
): Promise<{ page: Page; welcome: number }> {
  const p = page ?? (await context.newPage());
  await p.goto(`${options.url}/`, { waitUntil: 'commit' });
  await p.evaluate(
    (text) => ((window as unknown as { __want: Record<string, string> }).__want.welcome = text),
    options.welcomeText,
  );
  await p.waitForFunction(
    () => (window as unknown as { __marks: Record<string, number> }).__marks.welcome !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  return {
    page: p,
    welcome: await p.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks.welcome!),
  };
}

async function ask(page: Page, options: BrowserBenchOptions): Promise<number> {
  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  await sendBox.fill(options.question);
  const key = `answer${Math.random()}`;
  const sentAt = await page.evaluate(
    ([k, text]) => {
      (window as unknown as { __want: Record<string, string> }).__want[k!] = text!;
      return performance.now();
    },
    [key, options.answerText],
  );
  await sendBox.press('Enter');
  await page.waitForFunction(
    (k) => (window as unknown as { __marks: Record<string, number> }).__marks[k] !== undefined,
    key,
    { timeout: 30_000 },
  );
  return (
    (await page.evaluate((k) => (window as unknown as { __marks: Record<string, number> }).__marks[k]!, key)) - sentAt
  );
}
