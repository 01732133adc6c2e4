// A workshop server in its own process with the PostgreSQL store, for the scale-out test that
// kills it (SIGKILL: no flush, no clean shutdown). argv: the project file, the database URL.
// Tells the parent its handle's URLs and tokens once it listens.
import { postgresStore, projectNamespace } from '../../../cli/workshop/scale-out.ts';
import { startWorkshopServer } from '../../../cli/workshop/server.ts';

const [file, database] = process.argv.slice(2) as [string, string];
const handle = await startWorkshopServer({
  file,
  port: 0,
  // Never write the file during the test: after the kill, only PostgreSQL has the edits.
  quietMs: 3_600_000,
  store: await postgresStore(database, await projectNamespace(file)),
  log: () => undefined,
});
const { roomId, syncUrl, port, participantToken, facilitatorToken } = handle;
process.send?.({ roomId, syncUrl, port, participantToken, facilitatorToken });
