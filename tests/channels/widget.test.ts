import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Json, knowledgeCopy } from '../helpers/knowledgeCopy.js';
import { type TestBot, startTestBot, waitFor } from '../helpers/startTestBot.js';

describe('chat page', () => {
  let testBot: TestBot;
  let knowledge: { dir: string; remove: () => void };

  beforeAll(async () => {
    // A different organization proves the page takes its names from organization.json.
    knowledge = knowledgeCopy({
      'organization.json': (org: Json) =>
        Object.assign(org, { name: 'St. Test & <Sons> Hospital', botName: 'Spine Guide' }),
    });
    testBot = await startTestBot({
      KNOWLEDGE_DIR: knowledge.dir,
      WIDGET_EMBED_ORIGINS: 'https://www.example-hospital.org, https://intranet.example-hospital.org',
    });
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
    expect(csp).toContain(
      "frame-ancestors 'self' https://www.example-hospital.org https://intranet.example-hospital.org",
    );
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

  it('names its scripts and styles by content hash, compressed (brotli once ready, gzip until then) and cached for a year', async () => {
    const html = await (await fetch(`${testBot.bot.url}/`)).text();
    const webChatUrl = /src="(\/webchat\/webchat\.[0-9a-f]{16}\.js)"/.exec(html)?.[1];
    const widgetUrl = /src="(\/widget\.js\?v=[0-9a-f]{16})"/.exec(html)?.[1];
    const cssUrl = /href="(\/widget\.css\?v=[0-9a-f]{16})"/.exec(html)?.[1];
    expect([webChatUrl, widgetUrl, cssUrl].every(Boolean)).toBe(true);

    const gz = await fetch(`${testBot.bot.url}${webChatUrl}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Number(gz.headers.get('content-length'))).toBeLessThan(1_200_000);
    // Read now: a body left unread while the brotli copy is awaited lost its socket on a busy machine.
    const gzText = await gz.text();
    // Every body is read or cancelled: an unread 3 MB body holds its socket, and under load the next request failed.
    const plain = await fetch(`${testBot.bot.url}${webChatUrl}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect((await plain.arrayBuffer()).byteLength).toBeGreaterThan(3_000_000);

    const br = await waitFor(
      async () => {
        const res = await fetch(`${testBot.bot.url}${webChatUrl}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
        if (res.headers.get('content-encoding') === 'br') return res;
        await res.body?.cancel();
        return undefined;
      },
      'the brotli copy',
      30_000,
    );
    expect(Number(br.headers.get('content-length'))).toBeLessThan(Number(gz.headers.get('content-length')));
    expect((await br.text()).length).toBe(gzText.length); // fetch decompresses both

    for (const url of [widgetUrl, cssUrl]) {
      expect((await fetch(`${testBot.bot.url}${url}`)).headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    // A stale or missing version is revalidated, never kept for a year.
    expect((await fetch(`${testBot.bot.url}/widget.js?v=0000`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${testBot.bot.url}/embed.js`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('puts the allowed origins, the phone number and the fallback words into embed.js, escaped', async () => {
    const script = await (await fetch(`${testBot.bot.url}/embed.js`)).text();
    const line = script.split('\n').find((l) => l.includes('var settings ='))!;
    const settings = JSON.parse(line.replace(/^\s*var settings = /, '').replace(/;\s*$/, '')) as Record<
      string,
      unknown
    >;
    expect(settings).toMatchObject({
      embedOrigins: ['https://www.example-hospital.org', 'https://intranet.example-hospital.org'],
      phone: '(713) 222-CARE',
      phoneHref: 'tel:+17132222273',
    });
    expect(settings.unavailable).toContain('St. Test & <Sons> Hospital at (713) 222-CARE');
    // The organization's name has < and >: escaped in the script, read back intact.
    expect(line).not.toMatch(/[<>]/);
  });

  it.each(['/', '/widget.js', '/widget.css', '/embed.js', '/webchat/webchat.js', '/healthz'])(
    'answers HEAD %s like GET, without a body',
    async (route) => {
      const get = await fetch(`${testBot.bot.url}${route}`);
      const head = await fetch(`${testBot.bot.url}${route}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(await head.text()).toBe('');
    },
  );
});

describe('channel settings', () => {
  it('refuses to send the Direct Line secret over plain http to another host, naming the variable only', () => {
    const env = {
      DIRECT_LINE_SECRET: 'shh-secret',
      DIRECT_LINE_TOKEN_URL: 'http://tokens.example.org/v3/directline/tokens/generate',
    };
    expect(() => loadConfig(env)).toThrow(/DIRECT_LINE_TOKEN_URL: must be an https URL/);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('tokens.example.org');
      expect((error as Error).message).not.toContain('shh-secret');
    }
  });

  it('accepts only bare https origins in WIDGET_EMBED_ORIGINS', () => {
    expect(loadConfig({ WIDGET_EMBED_ORIGINS: 'https://a.example.org/' }).widget.embedOrigins).toEqual([
      'https://a.example.org',
    ]);
    expect(() => loadConfig({ WIDGET_EMBED_ORIGINS: 'http://a.example.org' })).toThrow(/WIDGET_EMBED_ORIGINS/);
    expect(() => loadConfig({ WIDGET_EMBED_ORIGINS: 'https://a.example.org/page' })).toThrow(/WIDGET_EMBED_ORIGINS/);
    expect(loadConfig({}).widget.embedOrigins).toEqual([]);
  });
});
