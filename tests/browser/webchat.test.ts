import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/domain/knowledge.js';
import { launchChromium } from '../helpers/chromium.js';
import { type TestBot, startTestBot } from '../helpers/startTestBot.js';

const knowledge = loadKnowledge(path.resolve('knowledge'));
const faq = (id: string) => {
  const entry = knowledge.faq.find((e) => e.id === id);
  if (!entry) throw new Error(`no FAQ entry ${id}`);
  return entry;
};
const SCREENSHOT = path.resolve('artifacts', 'webchat.png');

/**
 * A bubble whose whole text is `text`; Web Chat's Markdown turns ' into ’ and puts
 * zero-width spaces around links (phone numbers are links).
 */
const bubble = (page: Page, text: string) => {
  const pattern = [...text]
    .map((c) => (c === "'" ? "['’]" : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + '\u200b*')
    .join('');
  return page.getByText(new RegExp(`^\\s*${pattern}\\s*$`)).first();
};

describe('website widget in Chromium (local Direct Line)', () => {
  let testBot: TestBot;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const problems: string[] = [];
  const streams: string[] = [];

  beforeAll(async () => {
    testBot = await startTestBot();
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('websocket', (ws) => streams.push(new URL(ws.url()).pathname));
  });

  afterAll(async () => {
    await browser?.close();
    await testBot?.stop();
  });

  it('greets, answers a topic button, a typed question and an emergency', { timeout: 90_000 }, async () => {
    const response = await page.goto(`${testBot.bot.url}/`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');

    // The page shows who is talking and that it is not for emergencies, before any chat.
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(knowledge.organization.botName);
    expect(await page.getByRole('banner').textContent()).toContain(knowledge.organization.name);
    expect(await page.getByRole('complementary', { name: 'Emergency notice' }).textContent()).toContain(
      'Not for emergencies: call 911',
    );
    expect(await page.getByRole('main').count()).toBe(1);

    // Welcome message and topic buttons from the bot.
    const welcome = bubble(page, knowledge.messages.welcome);
    await welcome.waitFor({ timeout: 20_000 });
    const fontSize = await welcome.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);

    const topic = faq('procedure-length');
    const suggested = page.getByRole('toolbar', { name: 'Suggested actions' });
    await suggested.getByRole('button', { name: topic.title, exact: true }).click();
    await bubble(page, topic.answer).waitFor({ timeout: 15_000 });

    // The send box is reachable with the keyboard alone and has an accessible name.
    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    expect(await sendBox.getAttribute('aria-label')).toBeTruthy();
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await sendBox.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.type('will I be awake');
    await page.keyboard.press('Enter');
    await bubble(page, faq('sedation').answer).waitFor({ timeout: 15_000 });
    expect(faq('sedation').answer).toContain('awake but sedated');

    await sendBox.fill("my dad can't breathe");
    await sendBox.press('Enter');
    // Whole-bubble match: the welcome mentions 911 too, in a longer sentence.
    await bubble(page, knowledge.messages.emergency).waitFor({ timeout: 15_000 });
    await bubble(page, knowledge.messages.emergencyFollowUp).waitFor({ timeout: 15_000 });
    expect(knowledge.messages.emergency).toContain('call 911');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Replies came over the local Direct Line's WebSocket stream, not by polling.
    expect(streams).toHaveLength(1);
    expect(streams[0]).toMatch(/^\/v3\/directline\/conversations\/[^/]+\/stream$/);

    // Nothing blocked by the Content-Security-Policy, no script errors.
    expect(problems).toEqual([]);
  });

  it('falls back to polling when the stream cannot be opened', { timeout: 60_000 }, async () => {
    const polling = await browser.context.newPage();
    // A proxy that refuses WebSockets: every stream is closed at once.
    await polling.routeWebSocket(/\/stream/, (ws) => ws.close());
    await polling.goto(`${testBot.bot.url}/`);
    await bubble(polling, knowledge.messages.welcome).waitFor({ timeout: 20_000 });
    const sendBox = polling.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill('will I be awake');
    await sendBox.press('Enter');
    await bubble(polling, faq('sedation').answer).waitFor({ timeout: 15_000 });
    await polling.close();
  });
});
