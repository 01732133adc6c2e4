// A simulated workshop participant for the load test: a Node HocuspocusProvider that joins with
// the participant token as its own rater, changes one of its ratings when told to, and records
// when every other participant's changes reach it.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ProjectDocument } from '../shared/model/schema.ts';
import { mapName } from '../shared/workshop/ydoc-layout.ts';
import { readDocumentFromYDoc, writeDocumentToYDoc } from '../shared/workshop/ydoc.ts';

/** One rating change as sent: which score cell got which value, when, and who has seen it. */
export type SentChange = {
  seq: number;
  sender: number;
  scoreId: string;
  value: number;
  sentAt: number;
  /** Receiver index → performance.now() when the change reached that participant's document. */
  receivedAt: Map<number, number>;
};

/** Every change of the run, keyed by `scoreId=value` (unique within a run, see {@link valueOf}). */
export type ChangeLog = Map<string, SentChange>;

export type Participant = {
  index: number;
  raterId: string;
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  leave: () => void;
  /** Changes one rating (the `seq`-th change of this participant) and logs it. */
  change(seq: number): void;
  /** This participant's last value of every score cell it wrote: scoreId → value. */
  lastValues: Map<string, number>;
};

/** A rating 1–10 for the `seq`-th change; a cell is rewritten every `cells` changes, and with
 *  the step 7 (coprime to 10) its next value differs, so `scoreId=value` names one change. */
export const valueOf = (seq: number, cells: number): number =>
  ((Math.floor(seq / cells) * 7 + seq) % 10) + 1;

const LOCAL = Symbol('bench participant');

// Node 20 has no global WebSocket; `ws` (Hocuspocus' own dependency) ships no types.
const WebSocketPolyfill = createRequire(import.meta.url)('ws') as unknown;

/** The option criteria × candidates of the document: the cells a participant rates. */
export function scoreCells(doc: ProjectDocument): { subjectId: string; criterionId: string }[] {
  const { criteria, candidates } = doc.decision;
  return criteria
    .filter((criterion) => criterion.scope === 'option' && criterion.scale === 'rating')
    .flatMap((criterion) =>
      candidates.map((candidate) => ({ subjectId: candidate.id, criterionId: criterion.id })),
    );
}

/** Records, in `log`, the arrival of other participants' changes at participant `index`. */
function watchScores(ydoc: Y.Doc, index: number, log: ChangeLog): void {
  const scores = ydoc.getMap<Y.Map<unknown>>(mapName('decision.scores'));
  scores.observeDeep((events, transaction) => {
    if (transaction.origin === LOCAL) return;
    const now = performance.now();
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === scores) for (const key of event.changes.keys.keys()) changed.add(key);
      else if (typeof event.path[0] === 'string') changed.add(event.path[0]);
    }
    for (const scoreId of changed) {
      const value = scores.get(scoreId)?.get('value');
      const sent = log.get(`${scoreId}=${String(value)}`);
      if (sent && sent.sender !== index && !sent.receivedAt.has(index)) {
        sent.receivedAt.set(index, now);
      }
    }
  });
}

export type JoinOptions = {
  /** ws://host:port/sync */
  syncUrl: string;
  roomId: string;
  /** The token payload the server expects (JSON of token, name, department). */
  token: string;
  index: number;
  log: ChangeLog;
  /** Resolves this participant's rater id once the server has told it. */
  raterIdOf: (connection: Connection) => Promise<string>;
  /**
   * Publish presence (name, department, raterId, role, page) as the app does, which is also the
   * awareness traffic the workshop server's guard (cli/workshop/guard.ts) checks; the stock
   * provider's echoes of other clients' presence are let through. Off: the provider sends no
   * awareness at all, to measure the score changes alone.
   */
  presence: boolean;
};

/** A connected participant's provider and document; `leave` closes its socket. */
export type Connection = {
  provider: HocuspocusProvider;
  ydoc: Y.Doc;
  leave: () => void;
  /** The server's stateless messages so far, parsed (its role message among them). */
  messages: unknown[];
};

/** Opens a provider and resolves once it is synced (the whole room is in its document). */
export function openProvider(
  syncUrl: string,
  roomId: string,
  token: string,
  options: { ydoc?: Y.Doc; presence?: boolean } = {},
): Promise<Connection> {
  const ydoc = options.ydoc ?? new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: syncUrl,
    WebSocketPolyfill,
  });
  const messages: unknown[] = [];
  return new Promise<Connection>((resolve, reject) => {
    const leave = () => {
      provider.destroy();
      websocketProvider.destroy();
    };
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider,
      name: roomId,
      document: ydoc,
      token,
      // null: no presence (awareness) messages at all, see JoinOptions.presence.
      ...(options.presence ? {} : { awareness: null }),
      onSynced: () => resolve({ provider, ydoc, leave, messages }),
      onStateless: ({ payload }) => messages.push(JSON.parse(payload)),
      onAuthenticationFailed: ({ reason }) => {
        leave();
        reject(new Error(`join refused: ${reason}`));
      },
    });
    provider.attach();
  });
}

/**
 * Joins the room as participant `index` and adds its (empty) score of every cell, through the
 * project document as the app does; each later change then re-rates one cell, which is the one
 * field write `writeDocumentToYDoc` would make — done directly on the Y.Map, so that 40
 * participants sharing this one process do not each parse the document per change (each real
 * participant has a device of their own).
 */
export async function joinAsParticipant(options: JoinOptions): Promise<Participant> {
  const { index, log } = options;
  const ydoc = new Y.Doc();
  watchScores(ydoc, index, log);
  const connection = await openProvider(options.syncUrl, options.roomId, options.token, {
    ydoc,
    presence: options.presence,
  });
  const { provider, leave } = connection;
  const raterId = await options.raterIdOf(connection);
  if (options.presence) {
    const { name, department } = JSON.parse(options.token) as { name: string; department: string };
    provider.setAwarenessField('name', name);
    provider.setAwarenessField('department', department);
    provider.setAwarenessField('raterId', raterId);
    provider.setAwarenessField('role', 'participant');
    provider.setAwarenessField('page', 'options');
  }
  const lastValues = new Map<string, number>();

  const parsed = readDocumentFromYDoc(ydoc);
  if (!parsed.ok) throw new Error(`participant ${index}: the room's document does not parse`);
  const doc = parsed.document;
  const cells = scoreCells(doc);
  const scoreIdOf = (cell: number) => `bench-${raterId}-${cell}`;
  const mine = cells.map((cell, i) => ({
    id: scoreIdOf(i),
    raterId,
    ...cell,
    value: null,
    low: null,
    high: null,
    note: '',
  }));
  const next = { ...doc, decision: { ...doc.decision, scores: [...doc.decision.scores, ...mine] } };
  writeDocumentToYDoc(ydoc, next, LOCAL);
  const scores = ydoc.getMap<Y.Map<unknown>>(mapName('decision.scores'));

  function change(seq: number): void {
    const scoreId = scoreIdOf(seq % cells.length);
    const value = valueOf(seq, cells.length);
    log.set(`${scoreId}=${value}`, {
      seq,
      sender: index,
      scoreId,
      value,
      sentAt: performance.now(),
      receivedAt: new Map(),
    });
    lastValues.set(scoreId, value);
    ydoc.transact(() => scores.get(scoreId)!.set('value', value), LOCAL);
  }

  return { index, raterId, ydoc, provider, leave, change, lastValues };
}
