// `npm run bench:workshop [-- --duration 20] [--participants 40] [--interval 2]
//   [--no-presence] [--no-join] [--servers 2 --redis redis://… --database postgres://…]`:
// the live workshop's load test on loopback (issue 13). Simulated participants (Node
// HocuspocusProviders, each its own rater through the participant token) each change one of
// their ratings every `interval` seconds for `duration` seconds in one room; it measures the
// latency from a send until every other participant has the change, the server's CPU and memory,
// checks that nothing is lost, and times joining a room that holds the 1,000-system example.
// A benchmark, not a test: it prints and stores figures (dist/bench/workshop.json), and fails
// nothing. Defaults: 40 participants, every 2 s, 120 s, one server process.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseProject } from '../shared/model/parse.ts';
import { serializeProject } from '../shared/model/serialize.ts';
import { readDocumentFromYDoc } from '../shared/workshop/ydoc.ts';
import { largeDiagram, workedExample } from '../test/support/large-project.ts';
import { median, percentile } from './measure.ts';
import {
  formatWorkshopResult,
  writeWorkshopResult,
  WORKSHOP_RESULT_PATH,
} from './workshop-result.ts';
import type { LatencyFigures, WorkshopBenchResult } from './workshop-result.ts';
import { joinAsParticipant, type ChangeLog, type Participant } from './workshop-participant.ts';
import { participantJoin } from './workshop-join.ts';
import { startServerProcess, type ServerProcess } from './workshop-servers.ts';
import { measureJoin } from './workshop-join-time.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '120' },
    participants: { type: 'string', default: '40' },
    interval: { type: 'string', default: '2' },
    servers: { type: 'string', default: '1' },
    redis: { type: 'string' },
    database: { type: 'string' },
    'no-join': { type: 'boolean', default: false },
    'no-presence': { type: 'boolean', default: false },
  },
});
const durationS = Number(args.duration);
const participantCount = Number(args.participants);
const intervalMs = Number(args.interval) * 1000;
const serverCount = Number(args.servers);
// Participants publish presence as the app does, unless --no-presence.
const presence = !args['no-presence'];
if (serverCount > 1 && !(args.redis && args.database)) {
  // The processes share the room through Redis, and its id and tokens through the database.
  throw new Error('--servers above 1 needs --redis <url> and --database <postgres-url>');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function figures(values: number[]): LatencyFigures {
  if (values.length === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN, count: 0 };
  return {
    p50: median(values),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: Math.max(...values),
    count: values.length,
  };
}

const dir = mkdtempSync(joinPath(tmpdir(), 'traceready-bench-workshop-'));
const file = joinPath(dir, 'worked-example.trplan');
// A fresh project id: with --database, the room (id, tokens, state) is the project's.
const example = { ...workedExample(), id: randomUUID() };
writeFileSync(file, serializeProject(example));

console.log(
  `Load test: ${participantCount} participants × one change every ${intervalMs / 1000} s for ${durationS} s…`,
);
const servers: ServerProcess[] = [];
for (let i = 0; i < serverCount; i++) {
  const config = { file, redis: args.redis ?? null, database: args.database ?? null };
  servers.push(await startServerProcess(config));
}
const log: ChangeLog = new Map();
const participants: Participant[] = [];
for (let index = 0; index < participantCount; index++) {
  const server = servers[index % servers.length]!;
  const how = participantJoin(server.ready, `Participant ${index + 1}`, index);
  participants.push(await joinAsParticipant({ ...how, index, log, presence }));
}

// The load: participant i sends at i·interval/n + k·interval, so sends are spread evenly.
const startUsage = await Promise.all(servers.map((s) => s.usage()));
const rssSamples: number[] = [];
const sampler = setInterval(() => {
  void Promise.all(servers.map((s) => s.usage())).then((usage) =>
    rssSamples.push(usage.reduce((sum, u) => sum + u.rssBytes, 0)),
  );
}, 1000);
const start = performance.now();
const clientCpuStart = process.cpuUsage();
const sends: Promise<void>[] = participants.map(async (participant) => {
  const offset = (participant.index * intervalMs) / participantCount;
  for (let seq = 0; offset + seq * intervalMs < durationS * 1000; seq++) {
    const due = start + offset + seq * intervalMs;
    await sleep(Math.max(0, due - performance.now()));
    participant.change(seq);
  }
});
await Promise.all(sends);
const loadEnd = performance.now();
const clientCpu = process.cpuUsage(clientCpuStart);
const endUsage = await Promise.all(servers.map((s) => s.usage()));
clearInterval(sampler);

// Wait for the stragglers, up to 10 s.
const others = participantCount - 1;
const deliveriesExpected = log.size * others;
const deliveriesSeen = () => [...log.values()].reduce((sum, c) => sum + c.receivedAt.size, 0);
for (let waited = 0; deliveriesSeen() < deliveriesExpected && waited < 10_000; waited += 100) {
  await sleep(100);
}

const allReceived: number[] = [];
const eachReceived: number[] = [];
for (const change of log.values()) {
  const times = [...change.receivedAt.values()].map((t) => t - change.sentAt);
  eachReceived.push(...times);
  if (times.length === others) allReceived.push(Math.max(...times));
}

// Nothing lost: identical final documents holding every participant's last rating of each cell.
const finals = participants.map((p) => {
  const parsed = readDocumentFromYDoc(p.ydoc);
  return parsed.ok ? JSON.stringify(parsed.document) : `unparsable ${p.index}`;
});
const missingIn = (scores: { id: string; value: number | null }[]) => {
  const byId = new Map(scores.map((s) => [s.id, s.value]));
  return participants.reduce(
    (sum, p) => sum + [...p.lastValues].filter(([id, value]) => byId.get(id) !== value).length,
    0,
  );
};
const finalDocument = readDocumentFromYDoc(participants[0]!.ydoc);
const missingInDocuments = finalDocument.ok
  ? missingIn(finalDocument.document.decision.scores)
  : -1;
for (const p of participants) p.leave();
const lastRss = rssSamples.at(-1) ?? 0;
await Promise.all(servers.map((s) => s.close()));
const saved = parseProject(readFileSync(file, 'utf8'));
const missingInFile = saved.ok ? missingIn(saved.document.decision.scores) : -1;

const cpuMicros = endUsage.reduce((sum, u, i) => sum + u.cpuMicros - startUsage[i]!.cpuMicros, 0);

// Joining a room that holds the 1,000-system example.
const large = largeDiagram();
const join = args['no-join']
  ? { systems: 0, flows: 0, coldMs: NaN, warmMedianMs: NaN, warmSyncMedianMs: NaN, bytes: 0 }
  : await measureJoin(large, dir);

const result: WorkshopBenchResult = {
  finishedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  setup: {
    participants: participantCount,
    intervalMs,
    durationS,
    servers: serverCount,
    redis: Boolean(args.redis),
    database: Boolean(args.database),
    presence,
  },
  allReceived: figures(allReceived),
  eachReceived: figures(eachReceived),
  changes: { sent: log.size, deliveriesExpected, deliveriesSeen: deliveriesSeen() },
  lost: {
    identicalDocuments: finals.every((f) => f === finals[0]),
    missingInDocuments,
    missingInFile,
  },
  server: {
    cpuPercent: (cpuMicros / 1000 / (loadEnd - start)) * 100,
    rssPeakMb: Math.max(0, ...rssSamples) / 2 ** 20,
    rssEndMb: lastRss / 2 ** 20,
  },
  clients: {
    cpuPercent: ((clientCpu.user + clientCpu.system) / 1000 / (loadEnd - start)) * 100,
  },
  join,
};
rmSync(dir, { recursive: true, force: true });
writeWorkshopResult(result);
console.log(formatWorkshopResult(result).join('\n'));
console.log(`(written to ${WORKSHOP_RESULT_PATH})`);
