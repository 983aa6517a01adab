import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Json, knowledgeCopy } from '../helpers/knowledgeCopy.js';
import { type TestBot, startTestBot } from '../helpers/startTestBot.js';

describe('chat page', () => {
  let testBot: TestBot;
  let knowledge: { dir: string; remove: () => void };

  beforeAll(async () => {
    // A different organization proves the page takes its names from organization.json.
    knowledge = knowledgeCopy({
      'organization.json': (org: Json) => Object.assign(org, { name: 'St. Test & <Sons> Hospital', botName: 'Spine Guide' }),
    });
    testBot = await startTestBot({ KNOWLEDGE_DIR: knowledge.dir, WIDGET_EMBED_ORIGINS: 'https://www.example-hospital.org, https://intranet.example-hospital.org' });
  });
  afterAll(async () => {
    await testBot?.stop();
    knowledge?.remove();
  });

  it('shows the organization and bot names from knowledge, escaped, with the emergency line', async () => {
    const res = await fetch(`${testBot.bot.url}/`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('St. Test &amp; &lt;Sons&gt; Hospital');
    expect(html).toContain('<h1 class="chat-title">Spine Guide</h1>');
    expect(html).not.toContain('Memorial Hermann');
    expect(html).not.toContain('{{');
    expect(html).toContain('Not for emergencies: call 911.');
    expect(html).toContain('name="viewport"');
  });

  it('sends a strict Content-Security-Policy that lets only the listed sites frame the page', async () => {
    const res = await fetch(`${testBot.bot.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("frame-ancestors 'self' https://www.example-hospital.org https://intranet.example-hospital.org");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves Web Chat from the installed package (gzip when asked) and the paste-in embed script', async () => {
    const gz = await fetch(`${testBot.bot.url}/webchat/webchat.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.status).toBe(200);
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await gz.text()).length).toBeGreaterThan(1_000_000); // fetch decompresses

    const embed = await fetch(`${testBot.bot.url}/embed.js`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await embed.text()).toContain('Chat with us');

    expect((await fetch(`${testBot.bot.url}/public/index.html`)).status).toBe(404);
  });
});

describe('channel settings', () => {
  it('refuses to send the Direct Line secret over plain http to another host, naming the variable only', () => {
    const env = { DIRECT_LINE_SECRET: 'shh-secret', DIRECT_LINE_TOKEN_URL: 'http://tokens.example.org/v3/directline/tokens/generate' };
    expect(() => loadConfig(env)).toThrow(/DIRECT_LINE_TOKEN_URL: must be an https URL/);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('tokens.example.org');
      expect((error as Error).message).not.toContain('shh-secret');
    }
  });

  it('accepts only bare https origins in WIDGET_EMBED_ORIGINS', () => {
    expect(loadConfig({ WIDGET_EMBED_ORIGINS: 'https://a.example.org/' }).widget.embedOrigins).toEqual(['https://a.example.org']);
    expect(() => loadConfig({ WIDGET_EMBED_ORIGINS: 'http://a.example.org' })).toThrow(/WIDGET_EMBED_ORIGINS/);
    expect(() => loadConfig({ WIDGET_EMBED_ORIGINS: 'https://a.example.org/page' })).toThrow(/WIDGET_EMBED_ORIGINS/);
    expect(loadConfig({}).widget.embedOrigins).toEqual([]);
  });
});
