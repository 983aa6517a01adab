import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/domain/knowledge.js';
import { launchChromium } from '../helpers/chromium.js';
import { type TestBot, startTestBot } from '../helpers/startTestBot.js';

const knowledge = loadKnowledge(path.resolve('knowledge'));

describe('paste-in "Chat with us" button on another site', () => {
  let hostSite: Server;
  let hostOrigin: string;
  let testBot: TestBot;
  let browser: { context: BrowserContext; close: () => Promise<void> };

  beforeAll(async () => {
    // The hospital's page: another origin (port) that pastes in the snippet from docs/channels.md.
    let botUrl = '';
    hostSite = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>Spine care</title></head><body><h1>Spine care</h1><script src="${botUrl}/embed.js" defer></script></body></html>`,
      );
    });
    await new Promise<void>((resolve) => hostSite.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(hostSite.address() as AddressInfo).port}`;
    testBot = await startTestBot({ WIDGET_EMBED_ORIGINS: hostOrigin });
    botUrl = testBot.bot.url;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testBot?.stop();
    hostSite?.closeAllConnections();
    await new Promise<void>((resolve) => (hostSite ? hostSite.close(() => resolve()) : resolve()));
  });

  it('opens the chat in an iframe that greets the visitor, and closes again', { timeout: 60_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${hostOrigin}/`);
    const button = page.getByRole('button', { name: 'Chat with us' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');

    const chat = page.frameLocator('iframe[title="Chat with us"]');
    await chat.getByRole('heading', { level: 1, name: knowledge.organization.botName }).waitFor({ timeout: 20_000 });
    await chat
      .getByRole('toolbar', { name: 'Suggested actions' })
      .getByRole('button')
      .first()
      .waitFor({ timeout: 20_000 });

    await page.getByRole('button', { name: 'Close chat' }).click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#vertebroplasty-chat-panel').isHidden()).toBe(true);
  });

  it(
    'closes with Escape pressed inside the chat frame, and gives the focus back to the button',
    { timeout: 60_000 },
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${hostOrigin}/`);
      const button = page.getByRole('button', { name: 'Chat with us' });
      await button.click();
      const chat = page.frameLocator('iframe[title="Chat with us"]');
      const sendBox = chat.locator('[data-id="webchat-sendbox-input"]');
      await sendBox.waitFor({ timeout: 20_000 });
      await sendBox.focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#vertebroplasty-chat-panel').isHidden()).toBe(true);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chat with us');
      await page.close();
    },
  );
});

describe('paste-in button on a site that WIDGET_EMBED_ORIGINS does not list', () => {
  let hostSite: Server;
  let hostOrigin: string;
  let testBot: TestBot;
  let browser: { context: BrowserContext; close: () => Promise<void> };

  beforeAll(async () => {
    let botUrl = '';
    hostSite = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>Other site</title></head><body><script src="${botUrl}/embed.js" defer></script></body></html>`,
      );
    });
    await new Promise<void>((resolve) => hostSite.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(hostSite.address() as AddressInfo).port}`;
    testBot = await startTestBot();
    botUrl = testBot.bot.url;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testBot?.stop();
    hostSite?.closeAllConnections();
    await new Promise<void>((resolve) => (hostSite ? hostSite.close(() => resolve()) : resolve()));
  });

  it(
    "shows the hospital's phone number and a link to the chat instead of an error page",
    { timeout: 60_000 },
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${hostOrigin}/`);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      const panel = page.getByRole('dialog', { name: 'Chat with us' });
      expect(await panel.locator('iframe').count()).toBe(0);
      const call = panel.getByRole('link', { name: knowledge.organization.phone });
      expect(await call.getAttribute('href')).toBe(knowledge.organization.phoneHref);
      const chatLink = panel.getByRole('link', { name: knowledge.messages.embedOpenChat });
      expect(await chatLink.getAttribute('href')).toBe(`${testBot.bot.url}/`);
      expect(await panel.textContent()).toContain(
        knowledge.messages.embedUnavailable.split(knowledge.organization.phone)[0],
      );
      await page.keyboard.press('Escape');
      expect(await panel.isHidden()).toBe(true);
      await page.close();
    },
  );
});
