#!/usr/bin/env node
// `npm run web`: builds the renderer and serves it on 127.0.0.1 — the app without Electron.
import { build, preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
await build({ logLevel: 'warn' });
const server = await preview({
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
console.log('\nTraceReady (web) is running — open this address in your browser:');
server.printUrls();
console.log('Press Ctrl+C to stop.');
