import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliCompress, constants as zlib, gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import type { Organization } from '../domain/knowledge.js';
import { directLineBaseUrl } from './directLineTokenService.js';

export interface WidgetOptions {
  readonly config: Config;
  /** Folder with index.html, widget.js, widget.css and embed.js. */
  readonly publicDir: string;
  /** Names shown on the page come from knowledge/organization.json, not from the HTML. */
  readonly organization: Organization;
  /** The page's own sentences, from knowledge/messages.json. */
  readonly texts: PageTexts;
}

export interface PageTexts {
  readonly pageEmergencyNotice: string;
  readonly pageAbout: string;
  readonly embedUnavailable: string;
  readonly embedOpenChat: string;
}

interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly headers?: Record<string, string>;
}

const JS = 'text/javascript; charset=utf-8';

/**
 * The website widget: `GET /` (the chat page, filled with the organization's names at
 * start-up), its script and styles, `GET /embed.js` (the paste-in button) and Web Chat's
 * browser bundle from the installed package, so the page needs no CDN.
 */
export function registerWidgetRoutes(server: Server, options: WidgetOptions): void {
  const widgetJs = readPublic(options.publicDir, 'widget.js');
  const widgetCss = readPublic(options.publicDir, 'widget.css');
  const webChat = new WebChatBundle(resolveWebChatBundle());
  // Content-hashed URLs: the page names exactly this build's files, so browsers may keep them for a year.
  const versions: Record<string, string> = { '/widget.js': hash(widgetJs), '/widget.css': hash(widgetCss) };
  const urls = {
    webChatUrl: `/webchat/webchat.${webChat.hash}.js`,
    widgetJsUrl: `/widget.js?v=${versions['/widget.js']}`,
    widgetCssUrl: `/widget.css?v=${versions['/widget.css']}`,
  };
  const page = renderPage(
    readPublic(options.publicDir, 'index.html').toString('utf8'),
    options.organization,
    options.texts,
    urls,
  );
  const pageHeaders = securityHeaders(options.config);
  const assets: Record<string, Asset> = {
    '/widget.js': { body: widgetJs, type: JS },
    '/widget.css': { body: widgetCss, type: 'text/css; charset=utf-8' },
    // Loaded by other sites' pages, so it must be readable cross-origin.
    '/embed.js': {
      body: renderEmbed(readPublic(options.publicDir, 'embed.js').toString('utf8'), options),
      type: JS,
      headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
    },
  };

  server.get('/', async (_req: Request, res: Response) => {
    send(res, { body: page, type: 'text/html; charset=utf-8', headers: pageHeaders }, 'no-cache');
  });
  for (const [route, asset] of Object.entries(assets)) {
    server.get(route, async (req: Request, res: Response) => {
      const versioned =
        versions[route] !== undefined && new URLSearchParams(req.getQuery()).get('v') === versions[route];
      send(res, asset, versioned ? IMMUTABLE : 'no-cache');
    });
  }
  server.get(urls.webChatUrl, async (req: Request, res: Response) => {
    send(res, webChat.asset(req.header('accept-encoding') ?? ''), IMMUTABLE);
  });
  // The unversioned name still works (older pages, other embeds), cached for a day.
  server.get('/webchat/webchat.js', async (req: Request, res: Response) => {
    send(res, webChat.asset(req.header('accept-encoding') ?? ''), 'public, max-age=86400');
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

function hash(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

function send(res: Response, asset: Asset, cacheControl: string): void {
  res.writeHead(200, {
    'Content-Type': asset.type,
    'Content-Length': String(asset.body.length),
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
    ...asset.headers,
  });
  res.end(asset.body);
}

/**
 * The page's Content-Security-Policy: scripts only from this server; inline styles because
 * Web Chat injects its own; connections to this server and, with a Direct Line secret, to
 * the Direct Line service (HTTPS and its WebSocket stream). Framing only by the origins an
 * operator lists in WIDGET_EMBED_ORIGINS, for the "Chat with us" iframe.
 */
export function securityHeaders(config: Config): Record<string, string> {
  const connect = ["'self'"];
  if (config.directLine.secret) {
    const base = new URL(directLineBaseUrl(config.directLine.tokenUrl));
    connect.push(base.origin, `${base.protocol === 'https:' ? 'wss:' : 'ws:'}//${base.host}`);
  }
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:", // Web Chat draws some icons as blob: images
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${["'self'", ...config.widget.embedOrigins].join(' ')}`,
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The page's asset addresses, content-hashed (see registerWidgetRoutes). */
export interface AssetUrls {
  readonly webChatUrl: string;
  readonly widgetJsUrl: string;
  readonly widgetCssUrl: string;
}

const PLAIN_URLS: AssetUrls = {
  webChatUrl: '/webchat/webchat.js',
  widgetJsUrl: '/widget.js',
  widgetCssUrl: '/widget.css',
};

/** Fills `{{organizationName}}`, `{{botName}}`, `{{phone}}`, `{{phoneHref}}`, the page texts and asset URLs, HTML-escaped. */
export function renderPage(
  template: string,
  organization: Organization,
  texts: PageTexts,
  urls: AssetUrls = PLAIN_URLS,
): Buffer {
  const values: Record<string, string> = {
    ...urls,
    emergencyNotice: texts.pageEmergencyNotice,
    about: texts.pageAbout,
    organizationName: organization.name,
    botName: organization.botName,
    phone: organization.phone,
    phoneHref: organization.phoneHref,
  };
  const html = template.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`[Widget] index.html uses unknown placeholder ${placeholder}.`);
    return escapeHtml(value);
  });
  return Buffer.from(html, 'utf8');
}

/**
 * Puts the allowed origins, the hospital's number and the fallback wording into embed.js,
 * so a page that may not frame the chat shows the number instead of a browser error page.
 */
export function renderEmbed(script: string, options: Pick<WidgetOptions, 'config' | 'organization' | 'texts'>): Buffer {
  const marker = /\/\*EMBED_SETTINGS\*\/ \{[^}]*\}/;
  if (!marker.test(script)) throw new Error('[Widget] embed.js has no /*EMBED_SETTINGS*/ placeholder.');
  const settings = {
    embedOrigins: options.config.widget.embedOrigins,
    phone: options.organization.phone,
    phoneHref: options.organization.phoneHref,
    unavailable: options.texts.embedUnavailable,
    openChat: options.texts.embedOpenChat,
  };
  // Escaped so no value can close the script or start markup.
  const json = JSON.stringify(settings).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Buffer.from(
    script.replace(marker, () => json),
    'utf8',
  );
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function readPublic(dir: string, file: string): Buffer {
  const full = path.join(dir, file);
  try {
    return readFileSync(full);
  } catch {
    throw new Error(`[Widget] Cannot read ${full}; the server must start from the project folder.`);
  }
}

/** `botframework-webchat/dist/webchat.js` inside the installed package. */
function resolveWebChatBundle(): string {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('botframework-webchat');
  } catch {
    throw new Error('[Widget] The botframework-webchat package is not installed; run npm ci.');
  }
  const bundle = path.join(path.dirname(entry), '..', 'dist', 'webchat.js');
  if (!existsSync(bundle)) throw new Error(`[Widget] Web Chat's browser bundle is missing at ${bundle}.`);
  return bundle;
}

/**
 * The 4 MB bundle: read and hashed at start-up, gzipped on first request (about 0.2 s), and
 * brotli-compressed in the background after that (smaller, but seconds of work): gzip is
 * served until brotli is ready.
 */
class WebChatBundle {
  readonly hash: string;
  private readonly plain: Asset;
  private gzipped: Asset | undefined;
  private brotli: Asset | undefined;
  private brotliStarted = false;

  constructor(file: string) {
    const body = readFileSync(file);
    this.hash = hash(body);
    this.plain = { body, type: JS, headers: { Vary: 'Accept-Encoding' } };
  }

  asset(acceptEncoding: string): Asset {
    if (/\bbr\b/.test(acceptEncoding)) {
      this.startBrotli();
      if (this.brotli) return this.brotli;
    }
    if (!/\bgzip\b/.test(acceptEncoding)) return this.plain;
    this.gzipped ??= {
      body: gzipSync(this.plain.body, { level: 6 }),
      type: JS,
      headers: { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' },
    };
    return this.gzipped;
  }

  private startBrotli(): void {
    if (this.brotliStarted) return;
    this.brotliStarted = true;
    const params = {
      [zlib.BROTLI_PARAM_QUALITY]: 9,
      [zlib.BROTLI_PARAM_SIZE_HINT]: this.plain.body.length,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
    };
    brotliCompress(this.plain.body, { params }, (err, body) => {
      // Without brotli, gzip keeps being served; nothing to report to the visitor.
      if (!err) this.brotli = { body, type: JS, headers: { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } };
    });
  }
}
