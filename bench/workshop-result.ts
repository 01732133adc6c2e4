// The figures of the live-workshop load test (`npm run bench:workshop`), kept as JSON so that
// `npm run bench` can show the last run without spending two minutes on it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `bench:workshop` writes its last result (dist/ is not committed). */
export const WORKSHOP_RESULT_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../dist/bench/workshop.json',
);

/** Latency percentiles in ms. */
export type LatencyFigures = { p50: number; p95: number; p99: number; max: number; count: number };

export type WorkshopBenchResult = {
  finishedAt: string;
  machine: { cpus: number; node: string };
  setup: {
    participants: number;
    intervalMs: number;
    durationS: number;
    servers: number;
    redis: boolean;
    database: boolean;
    /** Whether participants published presence (awareness) too. */
    presence: boolean;
  };
  /** Send → the LAST of the other participants has the change (the issue's figure). */
  allReceived: LatencyFigures;
  /** Send → one other participant has it, over every (change, receiver) pair. */
  eachReceived: LatencyFigures;
  changes: { sent: number; deliveriesExpected: number; deliveriesSeen: number };
  /** Final documents of every participant identical, and every participant's last rating of
   *  every cell present in them and in the file the server wrote. */
  lost: { identicalDocuments: boolean; missingInDocuments: number; missingInFile: number };
  /** CPU over the load phase as a share of one core; RSS sampled every second. */
  server: { cpuPercent: number; rssPeakMb: number; rssEndMb: number };
  /** The simulated participants' own process (it shares the machine with the server). */
  clients: { cpuPercent: number };
  join: {
    systems: number;
    flows: number;
    coldMs: number;
    warmMedianMs: number;
    warmSyncMedianMs: number;
    bytes: number;
  };
};

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The result as the lines both benchmark commands print. */
export function formatWorkshopResult(result: WorkshopBenchResult): string[] {
  const { setup, allReceived: all, eachReceived: each, changes, lost, server, join } = result;
  const target = all.p95 < 150 ? 'met' : 'MISSED';
  const nothingLost =
    lost.identicalDocuments &&
    lost.missingInDocuments === 0 &&
    lost.missingInFile === 0 &&
    changes.deliveriesSeen === changes.deliveriesExpected;
  return [
    `${setup.participants} participants, one rating change each every ${setup.intervalMs / 1000} s for ${setup.durationS} s, one room on loopback` +
      (setup.servers > 1
        ? `, ${setup.servers} server processes on Redis`
        : ', one server process') +
      (setup.database ? ' storing in PostgreSQL' : ' storing in SQLite') +
      (setup.presence ? ', with presence' : ', no presence (awareness off)') +
      ` (${result.machine.cpus} CPU cores, Node ${result.machine.node}, ${result.finishedAt})`,
    `send → every other participant has it: p50 ${ms(all.p50)}, p95 ${ms(all.p95)} (target < 150 ms: ${target}), p99 ${ms(all.p99)}, max ${ms(all.max)} over ${all.count} changes`,
    `send → one other participant has it:   p50 ${ms(each.p50)}, p95 ${ms(each.p95)}, p99 ${ms(each.p99)}, max ${ms(each.max)} over ${each.count} deliveries`,
    `${setup.servers > 1 ? `servers (${setup.servers} processes together)` : 'server'}: ${server.cpuPercent.toFixed(1)} % of one core, RSS peak ${server.rssPeakMb.toFixed(0)} MB (end ${server.rssEndMb.toFixed(0)} MB); the ${setup.participants} simulated participants' process: ${result.clients.cpuPercent.toFixed(1)} % of one core`,
    `nothing lost: ${nothingLost ? 'yes' : 'NO'} — ${changes.sent} changes, ${changes.deliveriesSeen}/${changes.deliveriesExpected} deliveries seen, final documents ${lost.identicalDocuments ? 'identical' : 'DIFFER'}, missing in documents ${lost.missingInDocuments}, in the saved file ${lost.missingInFile}`,
    join.systems === 0
      ? 'join time: not measured (--no-join)'
      : `join a room holding ${join.systems.toLocaleString('en')} systems / ${join.flows.toLocaleString('en')} flows (${(join.bytes / 1024).toFixed(0)} KiB of Yjs state): first join (server loads the room) ${ms(join.coldMs)}, later joins median ${ms(join.warmMedianMs)} (synced after ${ms(join.warmSyncMedianMs)}, then parsed)`,
  ];
}

export function writeWorkshopResult(result: WorkshopBenchResult): void {
  mkdirSync(dirname(WORKSHOP_RESULT_PATH), { recursive: true });
  writeFileSync(WORKSHOP_RESULT_PATH, `${JSON.stringify(result, null, 2)}\n`);
}

/** The last `bench:workshop` result, or null when it has not been run here (or is stale). */
export function readWorkshopResult(): WorkshopBenchResult | null {
  if (!existsSync(WORKSHOP_RESULT_PATH)) return null;
  const value = JSON.parse(
    readFileSync(WORKSHOP_RESULT_PATH, 'utf8'),
  ) as Partial<WorkshopBenchResult>;
  // A result written by an older version of this benchmark lacks fields: run it again.
  const complete = value.setup && value.allReceived && value.server && value.clients && value.join;
  return complete ? (value as WorkshopBenchResult) : null;
}
