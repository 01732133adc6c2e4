import { describe, expect, it } from 'vitest';
import { readDocumentFromYDoc } from '../../../shared/workshop/ydoc.ts';
import {
  connect,
  converged,
  projectFile,
  startServer,
  useLiveServerHooks,
  fileDocument,
} from './core-support.ts';

useLiveServerHooks();

describe('live workshop server: clients converge', () => {
  it('gives a participant a rater of their own and tells each client its role', async () => {
    const file = await projectFile();
    const { handle } = await startServer(file);
    const facilitator = await connect(handle, { token: handle.facilitatorToken });
    const li = await connect(handle, {
      token: handle.participantToken,
      name: 'Li Na',
      department: 'qc',
    });
    expect(await facilitator.role()).toEqual({ kind: 'facilitator' });
    // The facilitator's page shows the participants' link: only its role message carries it.
    const joinUrlOf = (client: typeof li) =>
      client.messages.find((m) => m.type === 'traceready:role')?.joinUrl;
    expect(joinUrlOf(facilitator)).toBe(handle.joinUrl);
    const role = await li.role();
    expect(role).toMatchObject({ kind: 'participant', name: 'Li Na', department: 'qc' });
    expect(joinUrlOf(li)).toBeUndefined();
    await converged(handle, [facilitator, li]);
    const raters = facilitator.read().decision.raters;
    expect(raters.filter((r) => r.name === 'Li Na')).toEqual([
      { id: role.kind === 'participant' ? role.raterId : '', name: 'Li Na', department: 'qc' },
    ]);
    // Rejoining with the same name and department re-uses the rater.
    const again = await connect(handle, {
      token: handle.participantToken,
      name: ' li  na ',
      department: 'qc',
    });
    expect(await again.role()).toMatchObject({ raterId: (role as { raterId: string }).raterId });
  });

  it('two and three clients editing the same and different entities converge', async () => {
    const file = await projectFile();
    const { handle } = await startServer(file);
    const clients = [
      await connect(handle, { token: handle.facilitatorToken }),
      await connect(handle, { token: handle.facilitatorToken }),
      await connect(handle, { token: handle.facilitatorToken }),
    ];
    const [a, b, c] = clients as [(typeof clients)[0], (typeof clients)[0], (typeof clients)[0]];
    // Same entity, different fields; same field; different entities — all at once.
    a.edit((d) => void (d.flows.systems[0]!.name = 'ERP (A)'));
    b.edit((d) => void (d.flows.systems[0]!.product = 'SAP (B)'));
    a.edit((d) => void (d.decision.scores[0]!.value = 1));
    b.edit((d) => void (d.decision.scores[0]!.value = 2));
    c.edit((d) => void (d.decision.scores[0]!.value = 3));
    c.edit((d) => void (d.rollout.tasks[0]!.name = 'Kick-off (C)'));
    await converged(handle, clients);
    const server = readDocumentFromYDoc(handle.document);
    expect(server.ok).toBe(true);
    const docs = clients.map((x) => x.read());
    for (const d of docs) expect(d).toEqual(docs[0]);
    const merged = docs[0]!;
    expect(merged.flows.systems[0]).toMatchObject({ name: 'ERP (A)', product: 'SAP (B)' });
    expect([1, 2, 3]).toContain(merged.decision.scores[0]!.value);
    expect(merged.rollout.tasks[0]!.name).toBe('Kick-off (C)');
  });

  it('the file on disk holds every vote after the quiet time, and again on close', async () => {
    const file = await projectFile();
    const { handle } = await startServer(file);
    const voters = await Promise.all(
      (['qc', 'it', 'finance'] as const).map((department, i) =>
        connect(handle, { token: handle.participantToken, name: `Voter ${i}`, department }),
      ),
    );
    const criterion = (await fileDocument(file)).decision.criteria[0]!.id;
    for (const [i, voter] of voters.entries()) {
      const role = await voter.role();
      if (role.kind !== 'participant') throw new Error('participant expected');
      voter.edit((d) => {
        d.decision.weights.push({
          id: `vote-${i}`,
          raterId: role.raterId,
          criterionId: criterion,
          value: i + 1,
        });
      });
    }
    await converged(handle, voters);
    const onDisk = await waitForFile(
      file,
      (d) => d.decision.weights.filter((w) => w.id.startsWith('vote-')).length === 3,
    );
    expect(
      onDisk.decision.weights.filter((w) => w.id.startsWith('vote-')).map((w) => w.value),
    ).toEqual([1, 2, 3]);
    expect(onDisk.decision.raters.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Voter 0', 'Voter 1', 'Voter 2']),
    );
    // A change right before the server stops is written on close, without waiting.
    voters[0]!.edit((d) => void (d.decision.weights.find((w) => w.id === 'vote-0')!.value = 9));
    await converged(handle, voters);
    await handle.close();
    const closed = await fileDocument(file);
    expect(closed.decision.weights.find((w) => w.id === 'vote-0')?.value).toBe(9);
  }, 30_000);
});

/** Re-reads the file until `check` holds (the write follows the quiet time). */
async function waitForFile(
  file: string,
  check: (doc: Awaited<ReturnType<typeof fileDocument>>) => boolean,
) {
  let latest = await fileDocument(file);
  const deadline = Date.now() + 15_000;
  while (!check(latest)) {
    if (Date.now() > deadline) throw new Error('the file never held the votes');
    await new Promise((resolve) => setTimeout(resolve, 25));
    latest = await fileDocument(file);
  }
  return latest;
}
