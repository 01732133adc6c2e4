import { loadQuestionnaire, presetFor } from '../audit/catalog.ts';
import { preconditions, recommendations } from '../audit/findings.ts';
import { flowRoute, objectLabel, systemIndex } from '../flows/flow-labels.ts';
import type { Localized } from '../i18n/localized.ts';
import type {
  Dependency,
  Flow,
  Origin,
  Phase,
  ProjectDocument,
  Rollout,
  Task,
  Training,
  Workstream,
} from '../model/schema.ts';
import { gateItems } from './generate-gates.ts';
import { makeRisks } from './generate-risks.ts';
import { makeWorkstreams, pickMembers } from './generate-team.ts';
import {
  fill,
  phaseTaskTexts,
  phaseTexts,
  trainingTexts,
  workstreamTexts,
} from './generate-text.ts';
import { chosenArchetype, FALLBACK_ARCHETYPE, flowDays } from './sizing.ts';

/**
 * A first rollout plan from what the project already knows (three-step model, step 3): the
 * model's three phases; per phase the diagram's flows (built and tested, sized by the approach
 * chosen in step 2, see sizing.ts), line configuration, data validation, training per role,
 * UAT, go-live and hypercare; cleansing from step 1's preconditions and data gaps; typed gate
 * items; RACI workstreams from the team; risks from step 1's red flags and the approach's
 * challenges. Every generated task, risk and training carries an `origin`, and every entity
 * that matches one of the document (same origin, same phase position, same gate kind, same
 * workstream name) keeps its id, so planChanges/applyPlan (plan-merge.ts) merge by it.
 */

/** What the generator needs besides the document: a source of fresh ids. */
export type GenerateContext = { newId: () => string };

/** The flows of a phase when the diagram does not say: core → 1, crossing the company → 3. */
const COMPANY_BOUNDARY = new Set(['supplier', 'customer']);
/** Cleansing from the gap list: at most this many gaps of the data dimensions. */
export const MAX_GAP_TASKS = 3;
/** Working days of a cleansing task from a failed precondition (shared/audit/handoffs.ts). */
export const CLEANSING_DAYS = 10;
/** Working days of the generic phase tasks, our planning assumptions (editable per task). */
export const phaseTaskDays = {
  config: [10, 15, 10],
  gap: 5,
  validation: 5,
  training: 1,
  uat: 5,
  hypercare: 10,
} as const;
/** Roles trained in each phase (phase 1: the pilot line; 3: planners for the supply chain). */
export const rolesByPhase: readonly (readonly Exclude<Training['role'], 'other'>[])[] = [
  ['warehouse-clerk', 'line-operator', 'qc-inspector', 'it-support'],
  ['warehouse-clerk', 'line-operator', 'qc-inspector'],
  ['planner', 'warehouse-clerk'],
];
/** Step 1's training-role answers, as the audit handoff keys them (`train:<option>`). */
const AUDIT_ROLE: Partial<Record<Training['role'], string>> = {
  'warehouse-clerk': 'warehouse-clerks',
  'line-operator': 'line-operators',
  'qc-inspector': 'qc-inspectors',
};
const DATA_DIMENSIONS = ['systems', 'data'];

const originKey = (origin: Origin) => `${origin.kind}:${origin.refId}`;

/**
 * Generates the plan of a document; entities it does not generate (user tasks, a fourth phase)
 * are not in the result: applyPlan keeps them.
 *
 * @example generatePlan(doc, { newId }).tasks.filter((t) => t.kind === 'go-live').length // 3
 */
export function generatePlan(doc: ProjectDocument, context: GenerateContext): Rollout {
  const language = doc.meta.language;
  const say = (text: Localized, values: Record<string, string | number> = {}) =>
    fill(text[language], values);
  const current = doc.rollout;
  const taskIds = new Map(
    current.tasks.flatMap((t) => (t.origin ? [[originKey(t.origin), t.id]] : [])),
  );
  const idFor = (origin: Origin) => taskIds.get(originKey(origin)) ?? context.newId();
  const team = pickMembers(doc);

  const phases: Phase[] = phaseTexts.map((text, i) => {
    const existing = current.phases[i];
    return {
      id: existing?.id ?? context.newId(),
      name: say(text.name),
      goal: say(text.goal),
      scope: existing?.scope.trim() ? existing.scope : say(text.scope),
      gates: gateItems(existing, team, say, context),
    };
  });
  const workstreams = makeWorkstreams(doc, phases, team, say, context);
  const ws = (key: keyof typeof workstreamTexts) =>
    workstreams.find((w) => w.name === say(workstreamTexts[key]));

  const tasks: Task[] = [];
  const add = (
    origin: Origin,
    fields: Pick<Task, 'name' | 'kind' | 'durationDays' | 'phaseId'>,
    after: readonly string[],
    stream: Workstream | undefined,
  ): string => {
    const id = idFor(origin);
    tasks.push({
      id,
      ...fields,
      predecessors: after.map((taskId): Dependency => ({ taskId, type: 'FS', lagDays: 0 })),
      startNoEarlierThan: null,
      percentComplete: 0,
      raci: stream ? stream.raci.filter((c) => c.role === 'R' || c.role === 'A') : [],
      workstreamId: stream?.id ?? null,
      origin,
      notes: '',
    });
    return id;
  };

  const archetype = chosenArchetype(doc) ?? FALLBACK_ARCHETYPE;
  const flowsByPhase = flowPhases(doc, phases);
  const systems = systemIndex(doc);
  const questionnaire = loadQuestionnaire(language);
  let start: string[] = [];
  let previousHypercare: string | null = null;
  const trainings: Training[] = [];

  phases.forEach((phase, i) => {
    const n = i + 1;
    const phaseTask = (key: string) => ({ kind: 'phase' as const, refId: `${key}:${n}` });
    const before: string[] = [];
    if (n === 1) {
      const kickoff = add(
        { kind: 'phase', refId: 'kickoff' },
        {
          name: say(phaseTaskTexts.kickoff),
          kind: 'milestone',
          durationDays: 0,
          phaseId: phase.id,
        },
        [],
        ws('pm'),
      );
      start = [kickoff];
      for (const p of preconditions(doc, questionnaire)) {
        const origin: Origin = { kind: 'precondition', refId: `cleanse:${p.questionId}` };
        const name = p.text.slice(0, 200);
        before.push(
          add(
            origin,
            { name, kind: 'cleansing', durationDays: CLEANSING_DAYS, phaseId: phase.id },
            start,
            ws('data'),
          ),
        );
      }
      const seen = new Set(before.map((id) => tasks.find((t) => t.id === id)?.origin?.refId));
      const gaps = recommendations(doc, questionnaire, presetFor(doc.meta.industry, language))
        .filter(
          (r) => DATA_DIMENSIONS.includes(r.dimensionId) && !seen.has(`cleanse:${r.questionId}`),
        )
        .slice(0, MAX_GAP_TASKS);
      for (const gap of gaps) {
        const name = gap.text.slice(0, 200);
        before.push(
          add(
            { kind: 'gap', refId: gap.questionId },
            { name, kind: 'cleansing', durationDays: phaseTaskDays.gap, phaseId: phase.id },
            start,
            ws('data'),
          ),
        );
      }
    }
    const configAfter = previousHypercare ? [previousHypercare] : start;
    const config = add(
      phaseTask('config'),
      {
        name: say(phaseTaskTexts.config[i]!),
        kind: 'configuration',
        durationDays: phaseTaskDays.config[i]!,
        phaseId: phase.id,
      },
      configAfter,
      ws(n === 3 ? 'partners' : 'lines'),
    );
    before.push(config);
    for (const flow of flowsByPhase[i]!) {
      const values = {
        route: flowRoute(flow, systems, language),
        objects: flow.objects
          .map((o) => objectLabel(doc, o)[language])
          .join(language === 'en' ? ', ' : '、'),
      };
      const stream = n === 3 && isFinance(flow) ? ws('finance') : ws('interfaces');
      const build = add(
        { kind: 'flow', refId: `build:${flow.id}` },
        {
          name: say(phaseTaskTexts.build, values).slice(0, 200),
          kind: 'interface-build',
          durationDays: flowDays(doc, archetype, 'interface-build', flow),
          phaseId: phase.id,
        },
        start,
        stream,
      );
      before.push(
        add(
          { kind: 'flow', refId: `test:${flow.id}` },
          {
            name: say(phaseTaskTexts.test, values).slice(0, 200),
            kind: 'interface-test',
            durationDays: flowDays(doc, archetype, 'interface-test', flow),
            phaseId: phase.id,
          },
          [build],
          stream,
        ),
      );
    }
    const validation = add(
      phaseTask('validation'),
      {
        name: say(phaseTaskTexts.validation, { n }),
        kind: 'work',
        durationDays: phaseTaskDays.validation,
        phaseId: phase.id,
      },
      before,
      ws('acceptance'),
    );
    const trained: string[] = [];
    for (const role of rolesByPhase[i]!) {
      const text = trainingTexts[role];
      const auditRole = AUDIT_ROLE[role];
      const refId = n === 1 && auditRole ? `train:${auditRole}` : `train:${role}:${n}`;
      const existing = current.trainings.find(
        (t) => t.origin && originKey(t.origin) === `training:${refId}`,
      );
      trainings.push({
        id: existing?.id ?? context.newId(),
        audience: say(text.audience),
        role,
        topic: say(text.topic),
        phaseId: phase.id,
        offsetDays: -5,
        durationHours: 2,
        materials: '',
        trainerId: role === 'it-support' ? team.it : team.lead,
        participants: existing?.participants ?? 0,
        completed: existing?.completed ?? 0,
        origin: { kind: 'training', refId },
      });
      trained.push(
        add(
          { kind: 'training', refId: `task:${role}:${n}` },
          {
            name: say(phaseTaskTexts.training, { n, audience: say(text.audience) }),
            kind: 'training',
            durationDays: phaseTaskDays.training,
            phaseId: phase.id,
          },
          [config],
          ws('training'),
        ),
      );
    }
    const uat = add(
      phaseTask('uat'),
      {
        name: say(phaseTaskTexts.uat, { n }),
        kind: 'uat',
        durationDays: phaseTaskDays.uat,
        phaseId: phase.id,
      },
      [validation, ...trained],
      ws('acceptance'),
    );
    const goLive = add(
      phaseTask('go-live'),
      {
        name: say(phaseTaskTexts.goLive, { n }),
        kind: 'go-live',
        durationDays: 0,
        phaseId: phase.id,
      },
      [uat],
      ws('pm'),
    );
    previousHypercare = add(
      phaseTask('hypercare'),
      {
        name: say(phaseTaskTexts.hypercare, { n }),
        kind: 'hypercare',
        durationDays: phaseTaskDays.hypercare,
        phaseId: phase.id,
      },
      [goLive],
      ws('lines'),
    );
    start = [goLive];
  });

  return {
    ...current,
    phases,
    workstreams,
    tasks,
    risks: makeRisks(doc, archetype, team, say, context),
    trainings,
  };
}

/** Flows per model phase, skipping flows that touch an out-of-scope system. */
function flowPhases(doc: ProjectDocument, phases: readonly Phase[]): Flow[][] {
  const systems = systemIndex(doc);
  const docPhases = doc.rollout.phases.map((p) => p.id);
  const result: Flow[][] = [[], [], []];
  for (const flow of doc.flows.flows) {
    const ends = [systems.get(flow.sourceId), systems.get(flow.targetId)];
    if (ends.some((s) => s?.isOutOfScope)) continue;
    const position = flow.phaseId === null ? -1 : docPhases.indexOf(flow.phaseId);
    const crosses = ends.some((s) => s !== undefined && COMPANY_BOUNDARY.has(s.kind));
    const index =
      position >= 0 ? Math.min(position, phases.length - 1) : flow.isCore ? 0 : crosses ? 2 : 1;
    result[index]!.push(flow);
  }
  return result;
}

/** Whether a flow belongs to finance (a finance-owned flow). */
const isFinance = (flow: Flow) => flow.owner === 'finance';
