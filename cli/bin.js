#!/usr/bin/env node
// The `traceready` command. The CLI is TypeScript shared with the app; tsx compiles it on load
// so there is no generated bundle to keep in step with the source.
import { register } from 'tsx/esm/api';

register();
// `traceready … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
