import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The Gantt benchmark's pages (bench/gantt-bench.ts builds and previews them): a production
 * build like the app's, so React runs without its development checks.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench-gantt', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
