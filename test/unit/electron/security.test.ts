import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  buildContentSecurityPolicy,
  denyWindowOpen,
  guardNavigation,
  isAppUrl,
  isPermissionAllowed,
  openExternalUrl,
  parseExternalUrl,
  secureWebPreferences,
  withContentSecurityPolicy,
  type AppLocation,
} from '../../../electron/main/security.ts';

const INDEX = '/opt/TraceReady/resources/app.asar/dist/renderer/index.html';
const indexUrl = pathToFileURL(INDEX).href;
const packaged: AppLocation = { rendererIndexUrl: indexUrl, devServerUrl: null, platform: 'linux' };
const dev: AppLocation = { ...packaged, devServerUrl: 'http://localhost:5173/' };

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with the given preload', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('buildContentSecurityPolicy', () => {
  it('is strict in a packaged app', () => {
    const policy = directives(buildContentSecurityPolicy());
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'worker-src': ["'self'", 'blob:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('with a dev server, allows only what Vite needs, for that origin', () => {
    const policy = directives(buildContentSecurityPolicy('http://localhost:5173/'));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy and replaces one the response carried, whatever its case', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });

  it('works when the response had no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('isAppUrl', () => {
  it.each([
    [indexUrl, true],
    [`${indexUrl}#/audit`, true],
    [`${indexUrl}?lang=en`, true],
    [pathToFileURL('/opt/TraceReady/resources/app.asar/dist/renderer/other.html').href, false],
    ['file:///etc/passwd', false],
    [`file://evil-host${new URL(indexUrl).pathname}`, false],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('packaged: %s → %s', (url, expected) => {
    expect(isAppUrl(url, packaged)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx?t=1', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://127.0.0.1:5173/', false],
    [indexUrl, true],
  ])('dev server: %s → %s', (url, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });

  it('compares Windows paths case-insensitively, and only on Windows', () => {
    const win: AppLocation = {
      rendererIndexUrl: 'file:///C:/Program%20Files/TraceReady/dist/renderer/index.html',
      devServerUrl: null,
      platform: 'win32',
    };
    expect(isAppUrl('file:///c:/program%20files/TraceReady/dist/renderer/INDEX.html', win)).toBe(
      true,
    );
    expect(isAppUrl('file:///C:/Program Files/TraceReady/dist/renderer/index.html', win)).toBe(
      true,
    );
    expect(isAppUrl('file:///D:/Program%20Files/TraceReady/dist/renderer/index.html', win)).toBe(
      false,
    );
    const linuxUpper = pathToFileURL(INDEX.toUpperCase()).href;
    expect(isAppUrl(linuxUpper, packaged)).toBe(false);
  });

  it('reads percent-encoded and non-ASCII paths the same way Chromium writes them', () => {
    const path = '/home/李雷/My Apps/TraceReady/dist/renderer/index.html';
    const location: AppLocation = { ...packaged, rendererIndexUrl: pathToFileURL(path).href };
    expect(isAppUrl(`file://${encodeURI(path)}`, location)).toBe(true);
  });
});

describe('openExternalUrl', () => {
  it.each([
    ['https://example.com/docs?q=1', 'https://example.com/docs?q=1'],
    ['http://intranet.local/', 'http://intranet.local/'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
  ])('opens %s', async (value, opened) => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalUrl(value, open)).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith(opened);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'mailto:a@b.c',
    'data:text/html,<script>1</script>',
    'example.com',
    '/relative/path',
    '',
    42,
    null,
    undefined,
    { href: 'https://example.com' },
  ])('refuses %j', async (value) => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalUrl(value, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('parseExternalUrl gives the parsed URL', () => {
    expect(parseExternalUrl('https://a.example/x')?.hostname).toBe('a.example');
  });
});

describe('navigation and new windows', () => {
  it('lets the app reload its own page', () => {
    const event = { preventDefault: vi.fn() };
    const open = vi.fn(() => Promise.resolve());
    guardNavigation(event, `${indexUrl}#/flows`, packaged, open);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('keeps the window in the app and sends web links to the browser', () => {
    const event = { preventDefault: vi.fn() };
    const open = vi.fn(() => Promise.resolve());
    guardNavigation(event, 'https://vendor.example/', packaged, open);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(open).toHaveBeenCalledExactlyOnceWith('https://vendor.example/');
  });

  it('drops navigation to local files without opening anything', () => {
    const event = { preventDefault: vi.fn() };
    const open = vi.fn(() => Promise.resolve());
    guardNavigation(event, 'file:///home/user/secret.html', packaged, open);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(open).not.toHaveBeenCalled();
  });

  it('denies every new window, opening web links in the browser', () => {
    const open = vi.fn(() => Promise.resolve());
    expect(denyWindowOpen({ url: 'https://example.com/' }, open)).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: 'about:blank' }, open)).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/');
  });

  it('a failing browser launch does not escape as an unhandled rejection', async () => {
    const open = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(denyWindowOpen({ url: 'https://example.com/' }, open)).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('isPermissionAllowed', () => {
  it.each([
    ['clipboard-sanitized-write', true],
    ['fullscreen', true],
    ['media', false],
    ['geolocation', false],
    ['notifications', false],
    ['clipboard-read', false],
    ['openExternal', false],
    ['hid', false],
  ])('%s → %s', (permission, expected) => {
    expect(isPermissionAllowed(permission)).toBe(expected);
  });
});
