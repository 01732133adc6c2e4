import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { buildContentSecurityPolicy } from './electron/main/security.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Content-Security-Policy for the built app (Electron loads it from file://, the web build from
 * 127.0.0.1): the one definition in electron/main/security.ts, in its meta-tag form. Only in
 * builds: the dev server needs inline scripts for hot reload.
 */
export const contentSecurityPolicy = buildContentSecurityPolicy(null, 'meta');

const cspMetaTag = (): Plugin => ({
  name: 'traceready-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
    ),
});

export default defineConfig({
  root: 'renderer',
  base: './', // relative asset URLs: the same build loads from file:// in Electron
  plugins: [react(), cspMetaTag()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
