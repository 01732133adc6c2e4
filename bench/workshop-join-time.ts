// How long a participant waits to have the whole document when joining a room that holds a
// large project: from opening the connection until the document is synced and parses.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { ProjectDocument } from '../shared/model/schema.ts';
import { serializeProject } from '../shared/model/serialize.ts';
import { readDocumentFromYDoc } from '../shared/workshop/ydoc.ts';
import { median } from './measure.ts';
import type { WorkshopBenchResult } from './workshop-result.ts';
import { participantJoin } from './workshop-join.ts';
import { openProvider } from './workshop-participant.ts';
import { startServerProcess } from './workshop-servers.ts';

const WARM_JOINS = 5;

/**
 * Times the first join (the server loads the room from the file) and later ones, each until the
 * participant's document parses; `warmSyncMedianMs` stops at "synced" (the Yjs state is in),
 * before the project parser's checks.
 */
export async function measureJoin(
  doc: ProjectDocument,
  dir: string,
): Promise<WorkshopBenchResult['join']> {
  const file = join(dir, 'large.trplan');
  writeFileSync(file, serializeProject(doc));
  const server = await startServerProcess({ file, redis: null, database: null });
  const times: number[] = [];
  const syncTimes: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i <= WARM_JOINS; i++) {
      const { syncUrl, roomId, token } = participantJoin(server.ready, `Joiner ${i + 1}`, i);
      const start = performance.now();
      const { ydoc, leave } = await openProvider(syncUrl, roomId, token);
      syncTimes.push(performance.now() - start);
      const parsed = readDocumentFromYDoc(ydoc);
      times.push(performance.now() - start);
      if (!parsed.ok || parsed.document.flows.systems.length !== doc.flows.systems.length) {
        throw new Error('the joined document is not the large example');
      }
      bytes = Y.encodeStateAsUpdate(ydoc).byteLength;
      leave();
    }
  } finally {
    await server.close();
  }
  return {
    systems: doc.flows.systems.length,
    flows: doc.flows.flows.length,
    coldMs: times[0]!,
    warmMedianMs: median(times.slice(1)),
    warmSyncMedianMs: median(syncTimes.slice(1)),
    bytes,
  };
}
