import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/domain/knowledge.js';
import { launchChromium } from '../helpers/chromium.js';
import { type TestBot, startTestBot } from '../helpers/startTestBot.js';

const knowledge = loadKnowledge(path.resolve('knowledge'));
const sedation = knowledge.faq.find((e) => e.id === 'sedation')!.answer;
const ARTIFACTS = path.resolve('artifacts');

/** 320 px wide, a laptop at 200% zoom, phone portrait and landscape, and a desktop. */
const SIZES = [
  { name: 'narrow-320', width: 320, height: 640 },
  { name: 'zoom200-640x400', width: 640, height: 400 },
  { name: 'phone-portrait', width: 390, height: 844 },
  { name: 'phone-landscape', width: 844, height: 390 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * The bubble (not a line inside it) that shows `text` in full; Web Chat turns ' into ’ and
 * puts zero-width spaces around links.
 */
function bubble(page: Page, text: string): Locator {
  const pattern = [...text]
    .map((c) => (c === "'" ? "['’]" : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + '\u200b*')
    .join('');
  return page
    .locator('.webchat__bubble__content')
    .filter({ hasText: new RegExp(`^\\s*${pattern}\\s*$`) })
    .last();
}

/**
 * Where a bubble stands: inside the window, inside the transcript's visible part, and not
 * under the buttons or anything else (the element at each corner is the bubble itself).
 */
async function placement(bubbleLocator: Locator) {
  return bubbleLocator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const scroller = el.closest('.webchat__basic-transcript__scrollable')!.getBoundingClientRect();
    const inset = 4;
    const points: Array<[number, number]> = [
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    return {
      inWindow: box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
      inTranscript: box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1,
      uncovered: points.every(([x, y]) => el.contains(document.elementFromPoint(x, y))),
    };
  });
}

async function topVisible(bubbleLocator: Locator) {
  return bubbleLocator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const scroller = el.closest('.webchat__basic-transcript__scrollable')!.getBoundingClientRect();
    return (
      box.top >= scroller.top - 1 &&
      box.top + 24 <= scroller.bottom &&
      el.contains(document.elementFromPoint(box.left + 8, box.top + 8))
    );
  });
}

describe('the chat page on every screen size', () => {
  let testBot: TestBot;
  let browser: { context: BrowserContext; close: () => Promise<void> };

  beforeAll(async () => {
    testBot = await startTestBot();
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await testBot?.stop();
  });

  it.each(SIZES)(
    '$name ($width×$height): welcome on arrival, the latest answer above the buttons, a distinct emergency reply',
    async (size) => {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${testBot.bot.url}/`);

      // The welcome is readable from its first line on arrival.
      const welcome = bubble(page, knowledge.messages.welcome);
      await welcome.waitFor({ timeout: 20_000 });
      await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button').first().waitFor();
      await expect.poll(() => topVisible(welcome), { timeout: 5_000 }).toBe(true);

      // The emergency notice stays one short line.
      const notice = page.getByRole('complementary', { name: 'Emergency notice' });
      expect(await notice.textContent()).toContain(knowledge.messages.pageEmergencyNotice);
      const lines = await notice.evaluate(
        (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '24'),
      );
      if (size.width <= 600 || size.height <= 600) expect(lines).toBeLessThan(2.2);
      await page.screenshot({ path: path.join(ARTIFACTS, `widget-${size.name}-welcome.png`) });

      // A typed question: the answer is wholly visible, above the buttons, not covered.
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      await sendBox.fill('will I be awake?');
      await sendBox.press('Enter');
      const answer = bubble(page, sedation);
      await answer.waitFor({ timeout: 15_000 });
      await expect
        .poll(() => placement(answer), { timeout: 5_000 })
        .toEqual({ inWindow: true, inTranscript: true, uncovered: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `widget-${size.name}-answer.png`) });

      // The emergency reply: visible, red, a warning sign, announced as an alert; numbers are links.
      await sendBox.fill("my dad can't breathe");
      await sendBox.press('Enter');
      const emergency = bubble(page, knowledge.messages.emergency);
      await emergency.waitFor({ timeout: 15_000 });
      await expect
        .poll(() => placement(emergency), { timeout: 5_000 })
        .toMatchObject({ inWindow: true, uncovered: true });
      const marked = emergency.locator('.emergency-reply');
      expect(await marked.getAttribute('role')).toBe('alert');
      const look = await marked.evaluate((el) => ({
        border: getComputedStyle(el.closest('.webchat__bubble__content')!).borderTopColor,
        icon: getComputedStyle(el.querySelector('p')!, '::before').content,
      }));
      expect(look.border).toBe('rgb(176, 0, 32)');
      expect(look.icon).toContain('⚠');
      expect(await emergency.getByRole('link', { name: '911' }).getAttribute('href')).toBe('tel:911');
      // Then "call 911 now", its number a link too (not the hospital's line).
      const followUp = bubble(page, knowledge.messages.emergencyFollowUp);
      expect(await followUp.getByRole('link', { name: '911' }).getAttribute('href')).toBe('tel:911');
      // An ordinary answer does not look like the emergency one.
      expect(await answer.locator('.emergency-reply').count()).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `widget-${size.name}-emergency.png`) });

      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('urgent advice stands apart in amber, with its phone numbers as links', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${testBot.bot.url}/`);
    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    await bubble(page, knowledge.messages.welcome).waitFor({ timeout: 20_000 });
    await sendBox.fill('the needle site is red and warm and oozing');
    await sendBox.press('Enter');
    const urgent = bubble(page, knowledge.messages.urgent);
    await urgent.waitFor({ timeout: 15_000 });
    const marked = urgent.locator('.urgent-reply');
    expect(await marked.getAttribute('role')).toBe('alert');
    expect(
      await marked.evaluate((el) => getComputedStyle(el.closest('.webchat__bubble__content')!).borderTopColor),
    ).toBe('rgb(163, 92, 0)');
    expect(await urgent.locator('.emergency-reply').count()).toBe(0);
    expect(await urgent.getByRole('link', { name: knowledge.organization.phone }).getAttribute('href')).toBe(
      knowledge.organization.phoneHref,
    );
    expect(await urgent.getByRole('link', { name: '911' }).getAttribute('href')).toBe('tel:911');
    await expect.poll(() => placement(urgent), { timeout: 5_000 }).toMatchObject({ inWindow: true, uncovered: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-phone-portrait-urgent.png') });
    await page.close();
  });

  it('the skip link lands in the message box', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${testBot.bot.url}/`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 20_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to chat');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('webchat-sendbox-input');
    await page.close();
  });
});
