import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { rolloutFindings } from '../../../shared/rollout/findings.ts';
import { generatePlan } from '../../../shared/rollout/generate.ts';
import { applyPlan, defaultAccepted, planChanges } from '../../../shared/rollout/plan-merge.ts';
import { scheduleRollout } from '../../../shared/rollout/schedule.ts';
import { defaultSizing } from '../../../shared/rollout/sizing.ts';
import { blankDocument, deepFreeze, exampleDocument, sequentialIds } from '../shared/fixtures.ts';

/** Plan generation from steps 1 and 2 and the diagram, and merging it into the plan. */

const generate = (doc: ProjectDocument) => generatePlan(doc, { newId: sequentialIds() });
/** The example with its rollout emptied except the team: what a first generation sees. */
function fresh(language: 'en' | 'zh-CN' = 'en'): ProjectDocument {
  const doc = exampleDocument(language);
  return deepFreeze({
    ...doc,
    rollout: {
      ...doc.rollout,
      phases: [],
      tasks: [],
      workstreams: [],
      risks: [],
      trainings: [],
      sizing: [],
    },
  });
}

describe('generatePlan on the worked example', () => {
  const doc = fresh();
  const plan = generate(doc);
  it('makes the model’s three phases, each ending in go-live and hypercare', () => {
    expect(plan.phases).toHaveLength(3);
    for (const phase of plan.phases) {
      const kinds = plan.tasks.filter((t) => t.phaseId === phase.id).map((t) => t.kind);
      expect(kinds).toContain('uat');
      expect(kinds.filter((k) => k === 'go-live')).toHaveLength(1);
      expect(kinds.at(-1)).toBe('hypercare');
    }
  });
  it('gives every phase the six typed gate items', () => {
    for (const phase of plan.phases) {
      expect(phase.gates.map((g) => g.kind)).toEqual([
        'record-counts',
        'trace-test',
        'qc-writeback',
        'uat',
        'training',
        'defects',
      ]);
    }
  });
  it('builds and tests every in-scope flow in the phase the diagram gives it', () => {
    for (const flow of doc.flows.flows) {
      const build = plan.tasks.find((t) => t.origin?.refId === `build:${flow.id}`);
      const test = plan.tasks.find((t) => t.origin?.refId === `test:${flow.id}`);
      expect(build?.kind).toBe('interface-build');
      expect(test?.predecessors).toEqual([{ taskId: build!.id, type: 'FS', lagDays: 0 }]);
    }
  });
  it('sizes interfaces by the approach ranked first in step 2 (SaaS in the example)', () => {
    const oneWay = plan.tasks.find((t) => t.origin?.refId === 'build:flow-material-master');
    const twoWay = plan.tasks.find((t) => t.origin?.refId === 'build:flow-qc-results');
    expect(oneWay?.durationDays).toBe(defaultSizing.saas['interface-build']);
    expect(twoWay?.durationDays).toBe(Math.ceil(defaultSizing.saas['interface-build'] * 1.5));
  });
  it('lets the sizing table override the default', () => {
    const sized = {
      ...doc,
      rollout: {
        ...doc.rollout,
        sizing: [
          {
            id: 's',
            archetype: 'saas' as const,
            activity: 'interface-build' as const,
            daysPerFlow: 7,
          },
        ],
      },
    };
    const task = generate(sized).tasks.find(
      (t) => t.origin?.refId === 'build:flow-material-master',
    );
    expect(task?.durationDays).toBe(7);
  });
  it('plans a cleansing task per failed precondition, keyed as the audit hand-off keys it', () => {
    const cleansing = plan.tasks.filter((t) => t.origin?.kind === 'precondition');
    expect(cleansing.length).toBeGreaterThan(0);
    expect(cleansing.every((t) => t.origin!.refId.startsWith('cleanse:'))).toBe(true);
  });
  it('gives every task an origin and every workstream one A and at least one R', () => {
    expect(plan.tasks.every((t) => t.origin !== null)).toBe(true);
    for (const row of plan.workstreams) {
      expect(row.raci.filter((c) => c.role === 'A')).toHaveLength(1);
      expect(row.raci.some((c) => c.role === 'R')).toBe(true);
    }
  });
  it('seeds risks from step 1’s red flags and the chosen approach’s challenges', () => {
    const kinds = plan.risks.map((r) => r.origin?.kind);
    expect(kinds).toContain('red-flag');
    expect(kinds).toContain('challenge');
    expect(plan.risks.every((r) => r.trigger !== '' && r.ownerId !== null)).toBe(true);
  });
  it('schedules without cycles, phases in order', () => {
    const schedule = scheduleRollout({ ...doc, rollout: plan }, '2027-01-11');
    expect(schedule.cycles).toEqual([]);
    expect(schedule.tasks.size).toBe(plan.tasks.length);
    const goLives = plan.phases.map((p) => schedule.phases.get(p.id)!.goLive!);
    expect([...goLives].sort()).toEqual(goLives);
  });
  it('writes the plan in the document’s language with the same structure', () => {
    const zh = generate(fresh('zh-CN'));
    expect(zh.phases[0]!.name).toMatch(/第一阶段/);
    expect(zh.tasks.map((t) => t.origin)).toEqual(plan.tasks.map((t) => t.origin));
  });
  it('works on the blank starter: phases, gates and milestones, nothing else to go on', () => {
    const blank = generate(blankDocument());
    expect(blank.phases).toHaveLength(3);
    expect(blank.tasks.filter((t) => t.kind === 'go-live')).toHaveLength(3);
  });
});

describe('planChanges and applyPlan', () => {
  const doc = fresh();
  const plan = generate(doc);
  const applied = applyPlan(doc, plan, defaultAccepted(planChanges(doc, plan)));
  it('adds everything to an empty plan', () => {
    const changes = planChanges(doc, plan);
    expect(changes.changed).toEqual([]);
    expect(changes.conflicts).toEqual([]);
    expect(applied.rollout.tasks).toEqual(plan.tasks);
    expect(applied.rollout.phases).toEqual(plan.phases);
  });
  it('regenerating an untouched plan changes nothing', () => {
    const again = generate(applied);
    const changes = planChanges(applied, again);
    expect([changes.added, changes.changed, changes.conflicts]).toEqual([[], [], []]);
    expect(applyPlan(applied, again, defaultAccepted(changes))).toBe(applied);
  });
  it('reports a renamed task as a conflict and keeps the user’s version unless accepted', () => {
    const task = applied.rollout.tasks.find((t) => t.kind === 'uat')!;
    const edited = {
      ...applied,
      rollout: {
        ...applied.rollout,
        tasks: applied.rollout.tasks.map((t) =>
          t.id === task.id ? { ...t, name: 'UAT with the night shift', durationDays: 8 } : t,
        ),
      },
    };
    const again = generate(edited);
    const changes = planChanges(edited, again);
    expect(changes.conflicts.map((c) => c.key)).toEqual([`task:${task.id}`]);
    expect(changes.conflicts[0]!.fields).toEqual(['name', 'durationDays']);
    const kept = applyPlan(edited, again, defaultAccepted(changes));
    expect(kept.rollout.tasks.find((t) => t.id === task.id)!.name).toBe('UAT with the night shift');
    const taken = applyPlan(edited, again, [`task:${task.id}`]);
    expect(taken.rollout.tasks.find((t) => t.id === task.id)).toMatchObject({
      name: task.name,
      durationDays: 5,
    });
  });
  it('proposes a sizing change as a change, keeping progress when applied', () => {
    const build = applied.rollout.tasks.find((t) => t.kind === 'interface-build')!;
    const withProgress = {
      ...applied,
      rollout: {
        ...applied.rollout,
        sizing: [
          {
            id: 's',
            archetype: 'saas' as const,
            activity: 'interface-build' as const,
            daysPerFlow: 9,
          },
        ],
        tasks: applied.rollout.tasks.map((t) => (t.id === build.id ? { ...t, raci: [] } : t)),
      },
    };
    const changes = planChanges(withProgress, generate(withProgress));
    expect(
      changes.changed.some(
        (c) => c.key === `task:${build.id}` && c.fields.includes('durationDays'),
      ),
    ).toBe(true);
  });
  it('leaves the worked example with no findings at all', () => {
    expect(rolloutFindings(applied, scheduleRollout(applied, '2026-11-30'))).toEqual([]);
  });
  it('leaves the blank starter only findings its empty team and missing dates explain', () => {
    const blank = blankDocument();
    const plan = generate(blank);
    const doc = applyPlan(blank, plan, defaultAccepted(planChanges(blank, plan)));
    const ids = new Set(rolloutFindings(doc, scheduleRollout(doc, '2026-11-30')).map((f) => f.id));
    expect([...ids].sort()).toEqual([
      'calendar.year-without-holidays',
      'phase.no-business-acceptor',
      'plan.no-start-date',
      'raci.empty-row',
      'team.department-missing',
      'team.no-sponsor',
    ]);
  });
  it('never deletes what the user added', () => {
    const mine = {
      ...applied.rollout.tasks[0]!,
      id: 'mine',
      origin: null,
      name: 'Visit the supplier',
    };
    const withMine = {
      ...applied,
      rollout: { ...applied.rollout, tasks: [...applied.rollout.tasks, mine] },
    };
    const again = generate(withMine);
    expect(
      applyPlan(withMine, again, defaultAccepted(planChanges(withMine, again))).rollout.tasks,
    ).toContainEqual(mine);
  });
});
