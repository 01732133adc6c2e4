import { localized, type Localized } from '../i18n/localized.ts';
import type { ProjectDocument } from '../model/schema.ts';

export type StepKey = 'audit' | 'options' | 'flows' | 'rollout';

/** One line of the overview checklist: what is done and what is still missing, per step. */
export type ProgressItem = {
  id: string;
  step: StepKey;
  label: Localized;
  isDone: boolean;
};

/**
 * The overview checklist: how far the project has come through the three steps and the
 * diagram. Each item is a condition the model asks for (step 1 answers, at least two options
 * scored, a business owner and sponsor beside IT, phases with gates…), checked on the document.
 */
export function projectProgress(doc: ProjectDocument): ProgressItem[] {
  const d = doc.decision;
  const optionCriteria = d.criteria.filter((c) => c.scope === 'option');
  const optionCriterionIds = new Set(optionCriteria.map((c) => c.id));
  const candidateIds = new Set(d.candidates.map((c) => c.id));
  const scoredCells = new Set(
    d.scores
      .filter(
        (s) =>
          s.value !== null &&
          candidateIds.has(s.subjectId) &&
          optionCriterionIds.has(s.criterionId),
      )
      .map((s) => `${s.subjectId}|${s.criterionId}`),
  );
  const neededCells = d.candidates.length * optionCriteria.length;
  const team = doc.rollout.team;
  const flows = doc.flows;
  const hasLane = (lane: 'upstream' | 'downstream') => {
    const ids = new Set(flows.systems.filter((s) => s.lane === lane).map((s) => s.id));
    return flows.flows.some((f) => ids.has(f.sourceId) || ids.has(f.targetId));
  };

  return [
    {
      id: 'audit-answered',
      step: 'audit',
      label: localized('Self-audit questions answered', '已回答内部需求自审问题'),
      isDone: doc.audit.answers.some((a) => a.status !== 'unknown'),
    },
    {
      id: 'options-candidates',
      step: 'options',
      label: localized('At least two candidate solutions to compare', '至少两个候选方案可供比较'),
      isDone: d.candidates.length >= 2,
    },
    {
      id: 'options-raters',
      step: 'options',
      label: localized('Raters from more than one department', '评分人来自不止一个部门'),
      isDone: new Set(d.raters.map((r) => r.department)).size >= 2,
    },
    {
      id: 'options-scored',
      step: 'options',
      label: localized(
        `Every candidate scored on every dimension (${scoredCells.size}/${neededCells})`,
        `每个候选方案在每个维度上都已评分（${scoredCells.size}/${neededCells}）`,
      ),
      isDone: neededCells > 0 && scoredCells.size === neededCells,
    },
    {
      id: 'flows-drawn',
      step: 'flows',
      label: localized('Core data flows drawn', '已绘制核心数据流'),
      isDone: flows.flows.some((f) => f.isCore),
    },
    {
      id: 'flows-supply-chain',
      step: 'flows',
      label: localized(
        'Flows reach suppliers upstream and customers downstream',
        '数据流向上覆盖供应商、向下覆盖客户',
      ),
      isDone: hasLane('upstream') && hasLane('downstream'),
    },
    {
      id: 'rollout-team',
      step: 'rollout',
      label: localized(
        'Cross-department task force with a senior sponsor',
        '已成立跨部门专项小组并有高层负责人',
      ),
      isDone:
        team.some((m) => m.role === 'sponsor') &&
        new Set(team.filter((m) => m.department !== 'it').map((m) => m.department)).size >= 2,
    },
    {
      id: 'rollout-phases',
      step: 'rollout',
      label: localized(
        'Phased rollout, each phase with validation and acceptance gates',
        '分阶段上线，每个阶段都有数据验证与验收关口',
      ),
      isDone: doc.rollout.phases.length >= 2 && doc.rollout.phases.every((p) => p.gates.length > 0),
    },
    {
      id: 'rollout-training',
      step: 'rollout',
      label: localized('Role-specific training planned', '已规划分岗位培训'),
      isDone: doc.rollout.trainings.length > 0,
    },
  ];
}

/** How much of each kind the document holds, for the overview and the step placeholders. */
export function documentSummary(doc: ProjectDocument) {
  const d = doc.decision;
  return {
    answers: doc.audit.answers.length,
    candidates: d.candidates.length,
    criteria: d.criteria.length,
    vendors: d.vendors.length,
    raters: d.raters.length,
    scores: d.scores.length,
    systems: doc.flows.systems.length,
    flows: doc.flows.flows.length,
    phases: doc.rollout.phases.length,
    tasks: doc.rollout.tasks.length,
    team: doc.rollout.team.length,
    risks: doc.rollout.risks.length,
  };
}

export type DocumentSummary = ReturnType<typeof documentSummary>;
