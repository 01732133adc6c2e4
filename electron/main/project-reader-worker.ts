import * as fs from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { ProjectReaderRequest } from './parse-in-worker.ts';
import { readProjectFile } from './project-files.ts';

// The worker of parse-in-worker.ts: one open, answered with readProjectFile's OpenResponse.
// Bundled on its own (scripts/build-electron.mjs) next to main.cjs.
const { path } = workerData as ProjectReaderRequest;
void readProjectFile(path, { fs, now: () => new Date() }).then((response) =>
  parentPort?.postMessage(response),
);
