import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readSession, writeSession } from '../../../shared/workshop/session.ts';
import {
  connect,
  converged,
  projectFile,
  startServer,
  until,
  type Client,
  type TestServer,
  useLiveServerHooks,
  serverDocument,
} from './core-support.ts';

useLiveServerHooks();

/** A room with a facilitator, a QC participant (the forger) and an IT participant. */
async function room(options: Parameters<typeof startServer>[1] = {}) {
  const server = await startServer(await projectFile(), options);
  const { handle } = server;
  const facilitator = await connect(handle, { token: handle.facilitatorToken, name: 'Lead' });
  const forger = await connect(handle, {
    token: handle.participantToken,
    name: 'Forger',
    department: 'qc',
  });
  const other = await connect(handle, {
    token: handle.participantToken,
    name: 'Wang Wei',
    department: 'it',
  });
  const role = await forger.role();
  if (role.kind !== 'participant') throw new Error('participant expected');
  await other.role();
  await converged(handle, [facilitator, forger, other]);
  return { server, facilitator, forger, other, raterId: role.raterId };
}

const rejected = (client: Client) => client.messages.some((m) => m.type === 'traceready:rejected');

/** After a rejection the other clients keep editing and receiving each other's edits. */
async function othersKeepWorking(server: TestServer, facilitator: Client, other: Client) {
  facilitator.edit((d) => void (d.meta.title = 'Still working'));
  await converged(server.handle, [facilitator, other]);
  expect(other.read().meta.title).toBe('Still working');
}

describe('the server rejects forged updates without breaking the other clients', () => {
  const forgeries: { name: string; forge: (doc: Y.Doc, setup: { raterId: string }) => void }[] = [
    {
      name: "another rater's score",
      forge: (doc, { raterId }) => {
        const scores = doc.getMap<Y.Map<unknown>>('decision.scores');
        const theirs = [...scores.values()].find((s) => s.get('raterId') !== raterId)!;
        theirs.set('value', 1);
      },
    },
    {
      name: 'a vote in the name of another rater',
      forge: (doc, { raterId }) => {
        const scores = doc.getMap<Y.Map<unknown>>('decision.scores');
        const theirs = [...scores.values()].find((s) => s.get('raterId') !== raterId)!;
        const forged = new Y.Map<unknown>();
        for (const [k, v] of theirs.entries()) forged.set(k, v);
        forged.set('id', 'forged-score');
        scores.set('forged-score', forged);
      },
    },
    {
      name: 'the plan',
      forge: (doc) => {
        const [task] = doc.getMap<Y.Map<unknown>>('rollout.tasks').values();
        task!.set('name', 'Cancelled');
      },
    },
    {
      name: 'the session map',
      forge: (doc) => writeSession(doc, { locked: [], anonymous: true, focus: 'x' }),
    },
    {
      name: 'a document that no longer parses',
      forge: (doc, { raterId }) => {
        const weights = doc.getMap<Y.Map<unknown>>('decision.weights');
        const bad = new Y.Map<unknown>();
        bad.set('id', 'bad-weight');
        bad.set('raterId', raterId);
        bad.set('criterionId', 'no-such-criterion');
        bad.set('value', -5);
        weights.set('bad-weight', bad);
      },
    },
    {
      name: 'a top-level type of its own',
      forge: (doc) => doc.getMap('payload').set('x', 'y'),
    },
  ];

  it.each(forgeries)(
    "a participant's forged update to $name",
    async ({ forge }) => {
      const { server, facilitator, forger, other, raterId } = await room();
      const before = serverDocument(server);
      const sessionBefore = readSession(server.handle.document);
      forge(forger.doc, { raterId });
      await until(() => rejected(forger), 'the rejection');
      expect(serverDocument(server)).toEqual(before);
      expect(readSession(server.handle.document)).toEqual(sessionBefore);
      expect(server.logs.some((l) => l.startsWith('rejected an update from Forger'))).toBe(true);
      await othersKeepWorking(server, facilitator, other);
      expect(other.read().decision.scores).toEqual(before.decision.scores);
    },
    30_000,
  );

  it("accepts a participant's own votes and name, and the facilitator's changes to anything", async () => {
    const { server, facilitator, forger, other, raterId } = await room();
    const criterion = serverDocument(server).decision.criteria[0]!.id;
    forger.edit((d) => {
      d.decision.weights.push({ id: 'own-weight', raterId, criterionId: criterion, value: 4 });
      d.decision.raters.find((r) => r.id === raterId)!.name = 'Forger (QC)';
    });
    facilitator.edit((d) => void (d.rollout.tasks[0]!.name = 'Kick-off'));
    writeSession(facilitator.doc, { focus: criterion });
    await converged(server.handle, [facilitator, forger, other]);
    const doc = serverDocument(server);
    expect(doc.decision.weights.find((w) => w.id === 'own-weight')?.value).toBe(4);
    expect(doc.decision.raters.find((r) => r.id === raterId)?.name).toBe('Forger (QC)');
    expect(doc.rollout.tasks[0]!.name).toBe('Kick-off');
    expect(readSession(other.doc).focus).toBe(criterion);
    expect(rejected(forger)).toBe(false);
  }, 30_000);

  it('a locked item refuses the participant’s change to their own vote', async () => {
    const { server, facilitator, forger, other, raterId } = await room();
    const criterion = serverDocument(server).decision.criteria[0]!.id;
    writeSession(facilitator.doc, { locked: [criterion] });
    await converged(server.handle, [facilitator, forger, other]);
    forger.edit((d) => {
      d.decision.weights.push({ id: 'late-weight', raterId, criterionId: criterion, value: 2 });
    });
    await until(() => rejected(forger), 'the rejection');
    expect(serverDocument(server).decision.weights.some((w) => w.id === 'late-weight')).toBe(false);
    await othersKeepWorking(server, facilitator, other);
  }, 30_000);

  it('closes a connection over its rate or size limit; the others go on', async () => {
    const { server, facilitator, forger, other, raterId } = await room({
      limits: { burst: 20, messagesPerSecond: 1, maxParticipantMessageBytes: 4096 },
    });
    const criterion = serverDocument(server).decision.criteria[0]!.id;
    const closed = new Promise<void>((resolve) => forger.provider.on('close', () => resolve()));
    for (let i = 0; i < 60; i++) {
      forger.edit((d) => {
        d.decision.weights = d.decision.weights.filter((w) => w.id !== 'spam');
        d.decision.weights.push({ id: 'spam', raterId, criterionId: criterion, value: i });
      });
    }
    await closed;
    await othersKeepWorking(server, facilitator, other);
    expect(server.handle.document.getMap('decision.weights').size).toBeGreaterThan(0);
  }, 30_000);
});

describe('presence (awareness)', () => {
  it('keeps stock providers that echo each other’s presence, and refuses a forged one', async () => {
    const { server, facilitator, forger, other } = await room();
    // The stock provider re-sends every awareness change it receives, others' included.
    facilitator.provider.setAwarenessField('page', 'options');
    other.provider.setAwarenessField('page', 'audit');
    forger.provider.setAwarenessField('page', 'flows');
    const pages = (client: Client) =>
      [...client.provider.awareness!.getStates().values()].map((s) => s.page as string).sort();
    await until(
      () => [facilitator, other, forger].every((c) => pages(c).join() === 'audit,flows,options'),
      'everyone sees everyone’s page',
    );
    expect([facilitator, other, forger].some(rejected)).toBe(false);

    // A newer state in another client's name is a forgery, not an echo.
    const victim = other.doc.clientID;
    const stand = new Y.Doc();
    stand.clientID = victim;
    const fake = new Awareness(stand);
    for (let i = 0; i < 20; i++)
      fake.setLocalState({ name: 'Lead', role: 'facilitator', page: String(i) });
    applyAwarenessUpdate(
      forger.provider.awareness!,
      encodeAwarenessUpdate(fake, [victim]),
      'forge',
    );
    await until(() => rejected(forger), 'the forged presence rejected');
    expect(pages(facilitator)).not.toContain('19');
    await othersKeepWorking(server, facilitator, other);
    fake.destroy();
  });
});

describe('who may connect', () => {
  it('refuses a wrong token, and a participant without a name and department', async () => {
    const { handle } = await startServer(await projectFile());
    const attempts = [
      {
        payload: { token: 'guessed-token', name: 'X', department: 'qc' as const },
        reason: 'invalid-token',
      },
      { payload: { token: handle.participantToken }, reason: 'name-and-department-required' },
    ];
    for (const { payload, reason } of attempts) {
      await expect(connect(handle, payload)).rejects.toThrow(`authentication failed: ${reason}`);
    }
  }, 30_000);

  it('binds to 127.0.0.1 unless told otherwise, and says so in its URLs', async () => {
    const { handle } = await startServer(await projectFile());
    expect(handle.host).toBe('127.0.0.1');
    expect(new URL(handle.joinUrl).hostname).toBe('127.0.0.1');
    expect(handle.participantToken).not.toBe(handle.facilitatorToken);
    expect(Buffer.from(handle.participantToken, 'base64url').byteLength).toBeGreaterThanOrEqual(16);
  });
});
