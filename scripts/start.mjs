#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is installed. Where it is missing (npm
// here skips Electron's download script), try Electron's own installer once — online machines
// then get the desktop app — and otherwise say so plainly and serve the web app instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const attemptMarker = 'node_modules/.traceready-electron-install-attempted';

/**
 * The Electron binary's path, or null. Read from the package's path.txt rather than by
 * require('electron'): recent Electron packages start a download when required without one.
 */
function electronBinary() {
  const pathFile = 'node_modules/electron/path.txt';
  if (!existsSync(pathFile)) return null;
  const binary = join('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
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
  const attempt = spawnSync(process.execPath, ['node_modules/electron/install.js'], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  binary = electronBinary();
  if (!binary) {
    // One line of why, not the installer's stack trace.
    const output = `${attempt.stderr ?? ''}\n${attempt.stdout ?? ''}`;
    const reason = output.split('\n').find((line) => /error|failed/i.test(line)) ?? 'no answer';
    console.log(`Electron's installer could not fetch the binary: ${reason.trim()}`);
  }
}

if (binary) {
  run('npm', ['run', 'build']);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'Electron could not be downloaded (no internet?) — starting the web version instead.',
      'It is the same app, in your browser. For the desktop app, run this where there is internet:',
      '  node node_modules/electron/install.js && npm start',
      '',
    ].join('\n'),
  );
  run(process.execPath, ['scripts/web.mjs']);
}
