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
      res.end(`<!doctype html><html lang="en"><head><title>Spine care</title></head><body><h1>Spine care</h1><script src="${botUrl}/embed.js" defer></script></body></html>`);
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
    await chat.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button').first().waitFor({ timeout: 20_000 });

    await page.getByRole('button', { name: 'Close chat' }).click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#vertebroplasty-chat-panel').isHidden()).toBe(true);
  });
});
