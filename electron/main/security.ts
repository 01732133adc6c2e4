import type { WebPreferences } from 'electron';

/**
 * The renderer's web preferences, per the Electron security checklist. Every default that
 * matters is spelled out so a later Electron default change cannot weaken the window, and so a
 * reviewer sees the whole stance in one place. (The `remote` module, item 15 of the checklist,
 * was removed from Electron in v14; there is nothing to switch off.)
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    // The sandbox is why the preload is bundled into one file: it can only require 'electron'.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/**
 * The Content-Security-Policy of the app's pages. Only the app's own bundled files may run or
 * load; nothing may be framed, posted or based elsewhere.
 *
 * `style-src` allows `'unsafe-inline'` because Ant Design (CSS-in-JS) injects `<style>` elements
 * at runtime; styles cannot run code, and scripts stay strictly `'self'`.
 *
 * This is the app's ONE policy: the main process sends it as a header, and the renderer build
 * (vite.config.ts) writes the same directives into a `<meta>` tag for the web app — `delivery:
 * 'meta'` leaves out `frame-ancestors`, which browsers ignore in a meta tag (CSP Level 3 §6.1).
 *
 * With a dev server (never in a packaged app) Vite's React refresh preamble is an inline script
 * and its hot-reload channel is a WebSocket, so those two are allowed for that origin only.
 */
/** Directives a `<meta http-equiv>` policy cannot carry (W3C CSP Level 3, §4.1 and §6.4.2). */
const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors'];

export function buildContentSecurityPolicy(
  devServerUrl: string | null = null,
  delivery: 'header' | 'meta' = 'header',
): string {
  const dev = devServerUrl === null ? null : new URL(devServerUrl);
  const wsOrigin = dev === null ? '' : `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    dev === null ? ['script-src', "'self'"] : ['script-src', "'self'", "'unsafe-inline'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    // pdf.js (report thumbnails) runs in a worker; from file:// (an opaque origin) it starts it
    // through a blob: module that imports our own worker file.
    ['worker-src', "'self'", 'blob:'],
    dev === null ? ['connect-src', "'self'"] : ['connect-src', "'self'", dev.origin, wsOrigin],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.includes(name))
    .map((parts) => parts.join(' '))
    .join('; ');
}

/**
 * Response headers with our CSP in place of any the response carried (header names compare
 * case-insensitively, so a server's `content-security-policy` cannot sit beside ours).
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const next: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') next[name] = value;
  }
  next['Content-Security-Policy'] = [policy];
  return next;
}

/** Where the renderer is loaded from: the bundled file, or the dev server in development. */
export type AppLocation = {
  /** `file:` URL of `dist/renderer/index.html` (`pathToFileURL(path).href`). */
  rendererIndexUrl: string;
  /** `VITE_DEV_SERVER_URL` when running against Vite, else `null`. */
  devServerUrl: string | null;
  /** Windows paths compare case-insensitively. */
  platform: NodeJS.Platform;
};

/**
 * Whether `url` is the app's own page: the bundled `index.html` (any query or hash, which the
 * router uses) or a page of the dev server's origin. Used to trust IPC senders and to allow
 * navigation; anything else — another local file, a remote page, `about:blank` — is foreign.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.devServerUrl !== null && parsed.origin === new URL(location.devServerUrl).origin) {
    return true;
  }
  if (parsed.protocol !== 'file:') return false;
  const expected = new URL(location.rendererIndexUrl);
  // file: URLs have an opaque origin; the host must be empty (no UNC share) and the path exact.
  return parsed.host === expected.host && samePath(parsed, expected, location.platform);
}

function samePath(a: URL, b: URL, platform: NodeJS.Platform): boolean {
  const decode = (url: URL): string => {
    const path = safeDecode(url.pathname);
    return platform === 'win32' ? path.toLowerCase() : path;
  };
  return decode(a) === decode(b);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The URL if `value` is an absolute http(s) URL, else `null` (no `file:`, `javascript:`, …). */
export function parseExternalUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/**
 * Opens `value` in the user's browser if, and only if, it parses as an http(s) URL; `open` is
 * `shell.openExternal`, passed in so this is tested without Electron. Opening `file:` or custom
 * scheme URLs would let page content launch local programs. Returns whether it opened.
 */
export async function openExternalUrl(
  value: unknown,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  const url = parseExternalUrl(value);
  if (url === null) return false;
  await open(url.href);
  return true;
}

/**
 * `will-navigate` handler body: the window never leaves the app. A link to a web page opens in
 * the browser instead; anything else is simply dropped.
 */
export function guardNavigation(
  event: { preventDefault(): void },
  url: string,
  location: AppLocation,
  open: (url: string) => Promise<void>,
): void {
  if (isAppUrl(url, location)) return;
  event.preventDefault();
  void openExternalUrl(url, open).catch(() => undefined);
}

/**
 * `setWindowOpenHandler` body: no new Electron windows, ever (they would not carry our
 * preferences by default). `target=_blank` links to web pages open in the browser.
 */
export function denyWindowOpen(
  details: { url: string },
  open: (url: string) => Promise<void>,
): { action: 'deny' } {
  void openExternalUrl(details.url, open).catch(() => undefined);
  return { action: 'deny' };
}

/**
 * Permissions the page may have. Everything else (camera, geolocation, notifications, HID…) is
 * refused: a planning tool needs none of it. Clipboard writes back "copy" buttons and
 * `requestFullscreen` lets a view be presented full screen; neither reads anything.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write' || permission === 'fullscreen';
}
