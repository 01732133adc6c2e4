import { describe, expect, it } from 'vitest';
import { localized } from '../../../../shared/i18n/localized.ts';
import {
  migrateToCurrent,
  migrations,
  type Migration,
} from '../../../../shared/model/migrations.ts';
import { parseProjectValue } from '../../../../shared/model/parse.ts';
import { checkReferences } from '../../../../shared/model/references.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/model/schema.ts';
import {
  NOW,
  deepFreeze,
  exampleDocument,
  fixedContext,
  hasCjk,
  readRepoFile,
} from '../fixtures.ts';

type Raw = Record<string, unknown>;

function parsed(raw: Raw) {
  const result = parseProjectValue(raw, fixedContext());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('the shipped migration chain', () => {
  it('is contiguous from 0 to CURRENT_SCHEMA_VERSION, one version per step', () => {
    expect(migrations.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, v) => [v, v + 1]),
    );
  });

  it('describes every step in both languages', () => {
    for (const step of migrations) {
      expect(step.description.en.trim()).not.toBe('');
      expect(hasCjk(step.description['zh-CN'])).toBe(true);
    }
  });
});

describe('version 0: the hand-written short form', () => {
  it('becomes a valid current document with generated ids and stamped dates', () => {
    const raw = deepFreeze({ meta: { title: 'x' }, decision: { raters: [{ name: 'A' }] } });
    const result = parsed(raw);
    expect(result.migratedFrom).toBe(0);
    expect(result.notices).toEqual(migrations.map((m) => m.description));
    const doc = result.document;
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.id).toBe('gen-1');
    expect(doc.decision.raters).toEqual([{ id: 'gen-2', name: 'A', department: 'other' }]);
    expect(doc.meta).toMatchObject({ title: 'x', createdAt: NOW, updatedAt: NOW });
    expect(checkReferences(doc)).toEqual([]);
  });

  it('keeps ids and timestamps that are already there', () => {
    const raw = {
      id: 'plant-a',
      meta: { title: 'Plant A', createdAt: '2020-01-01T00:00:00.000Z' },
      decision: { raters: [{ id: 'r-1', name: 'A' }, { name: 'B' }] },
    };
    const doc = parsed(raw).document;
    expect(doc.id).toBe('plant-a');
    expect(doc.decision.raters.map((r) => r.id)).toEqual(['r-1', 'gen-1']);
    expect(doc.meta.createdAt).toBe('2020-01-01T00:00:00.000Z');
    expect(doc.meta.updatedAt).toBe(NOW);
  });

  it('gives ids to entities in every section, in document order', () => {
    const raw = {
      audit: { answers: [{ questionId: 'q-1' }], targets: [{ dimensionId: 'd-1', level: 3 }] },
      decision: {
        criteria: [{ name: 'Cost' }],
        candidates: [{ name: 'SaaS', archetype: 'saas' }],
      },
      flows: {
        systems: [
          { kind: 'erp', id: 'sys-erp' },
          { kind: 'mes', id: 'sys-mes' },
        ],
        flows: [{ sourceId: 'sys-erp', targetId: 'sys-mes', objects: ['work-order'] }],
        notes: [{ text: 'hello' }],
      },
      rollout: {
        team: [{ name: 'Zhou', department: 'management', role: 'sponsor' }],
        risks: [{ text: 'Dirty master data' }],
        trainings: [{ topic: 'Scanning' }],
      },
    };
    const doc = parsed(raw).document;
    expect(doc.id).toBe('gen-1');
    expect(doc.audit.answers[0]?.id).toBe('gen-2');
    expect(doc.audit.targets[0]?.id).toBe('gen-3');
    expect(doc.decision.criteria[0]?.id).toBe('gen-4');
    expect(doc.decision.candidates[0]?.id).toBe('gen-5');
    expect(doc.flows.systems.map((s) => s.id)).toEqual(['sys-erp', 'sys-mes']);
    expect(doc.flows.flows[0]?.id).toBe('gen-6');
    expect(doc.flows.notes[0]?.id).toBe('gen-7');
    expect(doc.rollout.team[0]?.id).toBe('gen-8');
    expect(doc.rollout.risks[0]?.id).toBe('gen-9');
    expect(doc.rollout.trainings[0]?.id).toBe('gen-10');
    expect(checkReferences(doc)).toEqual([]);
  });

  it('accepts a bare meta section as an empty project', () => {
    const doc = parsed({ meta: {} }).document;
    expect(doc.id).toBe('gen-1');
    expect(doc.meta.title).toBe('');
    expect(doc.decision.criteria).toEqual([]);
  });

  it('refuses an empty object: it is not a project (issue 11)', () => {
    const result = parseProjectValue({}, fixedContext());
    expect(result.ok).toBe(false);
  });

  it('turns a complete document without schemaVersion into the same document', () => {
    const example = exampleDocument();
    const raw: Raw = structuredClone(example);
    delete raw.schemaVersion;
    const result = parsed(raw);
    expect(result.migratedFrom).toBe(0);
    expect(result.document).toEqual(example);
  });

  it('leaves sections and items it cannot read for the schema to report', () => {
    const result = parseProjectValue(
      { decision: { raters: ['not an object'] }, flows: 'nothing' },
      fixedContext(),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.pointer)).toEqual([
      '/decision/raters/0',
      '/flows',
    ]);
  });

  // Phase gates and custom-object fields are entities too: the short form may omit their ids.
  it('gives ids to nested entities: phase gates and custom object fields', () => {
    const result = parseProjectValue(
      {
        rollout: { phases: [{ name: 'Pilot', gates: [{ text: 'UAT signed' }] }] },
        flows: { customObjects: [{ name: 'Label', fields: [{ name: 'gtin', type: 'string' }] }] },
      },
      fixedContext(),
    );
    expect(result.ok).toBe(true);
  });
});

describe('migrateToCurrent with a synthetic chain', () => {
  const step = (from: number, to: number, log: string[]): Migration => ({
    from,
    to,
    description: localized(`${from}→${to}`, `${from}→${to} 升级`),
    migrate: (doc) => {
      log.push(`${from}→${to}`);
      return { ...doc, schemaVersion: to, [`v${to}`]: true };
    },
  });

  it('applies the steps in version order, whatever their order in the array', () => {
    const log: string[] = [];
    const chain = [step(1, 2, log), step(0, 1, log)];
    const result = migrateToCurrent({ title: 'x' }, fixedContext(), chain, 2);
    expect(log).toEqual(['0→1', '1→2']);
    expect(result).toEqual({
      ok: true,
      document: { title: 'x', schemaVersion: 2, v1: true, v2: true },
      migratedFrom: 0,
      applied: [localized('0→1', '0→1 升级'), localized('1→2', '1→2 升级')],
    });
  });

  it('starts from the declared version', () => {
    const log: string[] = [];
    const chain = [step(0, 1, log), step(1, 2, log), step(2, 3, log)];
    const result = migrateToCurrent({ schemaVersion: 1 }, fixedContext(), chain, 3);
    expect(log).toEqual(['1→2', '2→3']);
    expect(result.ok && result.migratedFrom).toBe(1);
  });

  it('follows a step that skips versions', () => {
    const log: string[] = [];
    const result = migrateToCurrent({}, fixedContext(), [step(0, 2, log), step(1, 2, log)], 2);
    expect(log).toEqual(['0→2']);
    expect(result.ok && result.applied).toHaveLength(1);
  });

  it('does nothing to a document already at the target', () => {
    const log: string[] = [];
    const doc = deepFreeze({ schemaVersion: 2, a: 1 });
    const result = migrateToCurrent(doc, fixedContext(), [step(1, 2, log)], 2);
    expect(result).toEqual({ ok: true, document: doc, migratedFrom: null, applied: [] });
    expect(log).toEqual([]);
  });

  it('reports a missing step with the version it stopped at', () => {
    const log: string[] = [];
    const result = migrateToCurrent({}, fixedContext(), [step(0, 1, log), step(2, 3, log)], 3);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.en).toBe('No migration from schema version 1.');
    expect(result.message['zh-CN']).toContain('1');
    expect(hasCjk(result.message['zh-CN'])).toBe(true);
    expect(log).toEqual(['0→1']);
  });

  it('refuses a version above the target without running any step', () => {
    const log: string[] = [];
    const result = migrateToCurrent({ schemaVersion: 4 }, fixedContext(), [step(0, 1, log)], 3);
    expect(result.ok ? '' : result.message.en).toMatch(/schema version 4; this one reads up to 3/);
    expect(log).toEqual([]);
  });

  it.each([-1, 0.5, '2', null, true, [], {}, Number.NaN])(
    'refuses schemaVersion %j',
    (schemaVersion) => {
      const result = migrateToCurrent({ schemaVersion }, fixedContext(), [], 1);
      expect(result.ok ? '' : result.message.en).toMatch(/whole number/);
    },
  );

  it('passes the context to every step', () => {
    const seen: string[] = [];
    const chain: Migration[] = [
      {
        from: 0,
        to: 1,
        description: localized('a', '甲'),
        migrate: (doc, context) => {
          seen.push(context.now, context.newId(), context.newId());
          return doc;
        },
      },
    ];
    migrateToCurrent({}, fixedContext('x'), chain, 1);
    expect(seen).toEqual([NOW, 'x-1', 'x-2']);
  });
});

/** Every value of `older` is in `newer` at the same place (arrays item by item); new keys allowed. */
function keepsEveryValue(older: unknown, newer: unknown, path = ''): string[] {
  if (Array.isArray(older)) {
    if (!Array.isArray(newer) || newer.length !== older.length) return [path];
    return older.flatMap((item, i) => keepsEveryValue(item, newer[i], `${path}/${i}`));
  }
  if (typeof older === 'object' && older !== null) {
    if (typeof newer !== 'object' || newer === null) return [path];
    const next = newer as Raw;
    return Object.entries(older).flatMap(([key, value]) =>
      keepsEveryValue(value, next[key], `${path}/${key}`),
    );
  }
  return Object.is(older, newer) ? [] : [path];
}

describe('version 1 → 2: the rollout planner and the report', () => {
  const v1Files = [
    'blank.en.json',
    'blank.zh-CN.json',
    'food-plant.en.json',
    'food-plant.zh-CN.json',
  ] as const;

  // These are the templates exactly as TraceReady 1 shipped and saved them.
  it.each(v1Files)('opens the v1 file %s with every value it held unchanged', (file) => {
    const v1 = JSON.parse(readRepoFile(`test/fixtures/v1/${file}`)) as Raw;
    expect(v1.schemaVersion).toBe(1);
    const result = parsed(v1);
    expect(result.migratedFrom).toBe(1);
    expect(result.notices).toEqual([migrations[1]?.description]);
    expect(result.document.schemaVersion).toBe(2);
    expect(keepsEveryValue({ ...v1, schemaVersion: 2 }, result.document)).toEqual([]);
  });

  it('keeps REST for v1 flows that left the protocol out, and new flows start undecided', () => {
    const raw = {
      schemaVersion: 1,
      id: 'p',
      meta: { createdAt: NOW, updatedAt: NOW },
      flows: {
        systems: [
          { id: 'a', kind: 'erp' },
          { id: 'b', kind: 'mes' },
        ],
        flows: [
          { id: 'f1', sourceId: 'a', targetId: 'b' },
          { id: 'f2', sourceId: 'a', targetId: 'b', protocol: 'mqtt' },
        ],
      },
    };
    const doc = parsed(raw).document;
    expect(doc.flows.flows.map((f) => f.protocol)).toEqual(['rest', 'mqtt']);
    const current = parsed({ ...raw, schemaVersion: 2 }).document;
    expect(current.flows.flows.map((f) => f.protocol)).toEqual(['tbd', 'mqtt']);
  });

  it('reads a v1 zero-day task as a milestone and v1 gates as free-text checklist items', () => {
    const raw = {
      schemaVersion: 1,
      id: 'p',
      meta: { createdAt: NOW, updatedAt: NOW },
      rollout: {
        phases: [{ id: 'ph', name: 'Pilot', gates: [{ id: 'g', text: 'UAT', isDone: true }] }],
        tasks: [
          { id: 't1', name: 'Go-live', durationDays: 0 },
          { id: 't2', name: 'Build', durationDays: 5 },
        ],
      },
    };
    const doc = parsed(raw).document;
    expect(doc.rollout.tasks.map((t) => t.kind)).toEqual(['milestone', 'work']);
    expect(doc.rollout.phases[0]?.gates[0]).toMatchObject({
      text: 'UAT',
      isDone: true,
      kind: 'other',
      signedOffById: null,
    });
    expect(doc.rollout.calendar).toEqual({
      holidayPreset: 'cn',
      workweek: [1, 2, 3, 4, 5],
      exceptions: [],
    });
  });
});
