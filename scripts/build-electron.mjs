// Bundles the Electron main process and the preload into dist/electron/ as CommonJS.
//
// Both are bundled (shared/ and zod included) so the packaged app needs no node_modules. The
// preload must be ONE file: with `sandbox: true` it can require nothing but 'electron'.
// 'electron' stays external because Electron provides it at runtime; 'better-sqlite3' (the live
// workshop's store) because it is a native module: it ships in the package, unpacked from the
// asar (electron-builder.yml), and the main bundle requires it when a workshop starts.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  sourcemap: true,
  logLevel: 'info',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
  }),
]);
