#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is installed. Where it is missing (npm
// here skips Electron's download script), try Electron's own installer once — online machines
// then get the desktop app — and otherwise say so plainly and serve the web app instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const attemptMarker = 'node_modules/.traceready-electron-install-attempted';

function electronBinary() {
  try {
    const path = require('electron'); // the package exports the binary's path, or throws
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let binary = electronBinary();
if (!binary && existsSync('node_modules/electron/install.js') && !existsSync(attemptMarker)) {
  console.log('Electron binary not installed; trying Electron’s installer once (needs internet)…');
  writeFileSync(attemptMarker, new Date().toISOString());
  spawnSync(process.execPath, ['node_modules/electron/install.js'], {
    stdio: 'inherit',
    timeout: 180_000,
  });
  binary = electronBinary();
}

if (binary) {
  run('npm', ['run', 'build']);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'The Electron binary is not available on this machine (it is downloaded from the internet,',
      'which this machine cannot reach). Starting the web version of TraceReady instead — the same',
      'app in your browser, saving with file downloads or the browser’s file pickers.',
      'To get the desktop app on a machine with internet: node node_modules/electron/install.js, then npm start.',
      '',
    ].join('\n'),
  );
  run(process.execPath, ['scripts/web.mjs']);
}
