import type { BuiltinCriterionKey } from '../decision/builtin-criteria.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { ProjectDocument } from '../model/schema.ts';
import { preconditions } from './findings.ts';
import { hasValue, indexAnswers, selectedOptions, type AnswerIndex } from './readiness.ts';
import type { Questionnaire } from './questionnaire.ts';

/**
 * What step 1 hands on: suggested criterion weights for step 2, seed flows for the diagram, the
 * identifier granularity for the spec export, and cleansing and training work for step 3. Each
 * suggestion names the answers that caused it, so the team can accept or override it knowingly.
 */

/** The five option dimensions of step 2, in the model's order. */
export const optionDimensions = [
  'initial-cost',
  'maintenance-cost',
  'implementation-speed',
  'data-security',
  'scalability',
] as const satisfies readonly BuiltinCriterionKey[];
export type OptionDimension = (typeof optionDimensions)[number];

export type WeightAdjustment = {
  criterion: OptionDimension;
  /** Percentage points added to the criterion before normalising. */
  points: number;
  reason: Localized;
  questionIds: string[];
};

export type SuggestedWeights = {
  /** Fractions summing to 1, by dimension. */
  weights: Record<OptionDimension, number>;
  adjustments: WeightAdjustment[];
};

/** Every dimension starts at 20 points: with no answers, the suggestion is equal weights. */
const BASE_POINTS = 20;
const REGULATED = ['fsma-204', 'gmp-nmpa', 'battery-passport', 'gb-t-37029', 'gb-t-38158'];

const pick = (answers: AnswerIndex, id: string) => selectedOptions(answers.get(id));
const numberOf = (answers: AnswerIndex, id: string): number | null => {
  const answer = answers.get(id);
  return hasValue(answer) && typeof answer?.value === 'number' ? answer.value : null;
};

/**
 * Suggested step-2 weights from the self-audit answers, with the reason for every change.
 * With the questionnaire of each language, reasons name regulations by their labels.
 */
export function suggestedWeights(
  doc: ProjectDocument,
  questionnaires?: Record<'en' | 'zh-CN', Questionnaire>,
): SuggestedWeights {
  const a = indexAnswers(doc.audit.answers);
  const adjustments: WeightAdjustment[] = [];
  const add = (
    criterion: OptionDimension,
    points: number,
    questionIds: string[],
    reason: Localized,
  ) => adjustments.push({ criterion, points, reason, questionIds });

  const maintainers = pick(a, 'team.maintainers')[0];
  const skills = numberOf(a, 'team.skills');
  if (
    maintainers === 'nobody' ||
    maintainers === 'contractor' ||
    (skills !== null && skills <= 2)
  ) {
    add(
      'maintenance-cost',
      10,
      ['team.maintainers', 'team.skills'],
      localized(
        'Weak in-house API maintenance: long-term maintenance and vendor-run support weigh more.',
        '内部 API 维护能力弱：长期维护成本与供应商运维支持更重要。',
      ),
    );
  }
  if (pick(a, 'team.support-preference')[0] === 'vendor') {
    add(
      'maintenance-cost',
      5,
      ['team.support-preference'],
      localized('The team prefers vendor-run operations.', '团队倾向由供应商负责运维。'),
    );
  }
  if (pick(a, 'team.ops-budget')[0] === 'none') {
    add(
      'initial-cost',
      5,
      ['team.ops-budget'],
      localized(
        'No operations budget yet: money up front is scarce.',
        '尚无运维预算：前期资金紧张。',
      ),
    );
  }
  const regulations = pick(a, 'goal.regulation').filter((r) => REGULATED.includes(r));
  if (regulations.length > 0) {
    const names = (language: 'en' | 'zh-CN') => {
      const question = questionnaires?.[language].sections
        .flatMap((s) => s.questions)
        .find((q) => q.id === 'goal.regulation');
      return regulations.map((r) => question?.options.find((o) => o.id === r)?.label ?? r);
    };
    add(
      'data-security',
      10,
      ['goal.regulation'],
      localized(
        `Regulated traceability data (${names('en').join('; ')}): storage, encryption and compliance weigh more.`,
        `受监管的追溯数据（${names('zh-CN').join('；')}）：数据存储、加密与合规更重要。`,
      ),
    );
  }
  const granularity = pick(a, 'goal.granularity')[0];
  if (granularity === 'serial' || granularity === 'mixed') {
    add(
      'scalability',
      10,
      ['goal.granularity'],
      localized(
        'Unit-level traceability multiplies data volumes: scalability weighs more.',
        '单品级追溯使数据量成倍增长：扩展性更重要。',
      ),
    );
  }
  const mustFlow = pick(a, 'flows.must-flow').length;
  if (mustFlow >= 8) {
    add(
      'scalability',
      5,
      ['flows.must-flow'],
      localized(
        `${mustFlow} data objects must flow (eight or more): more systems will follow.`,
        `必须流动的数据对象有 ${mustFlow} 个（八个或以上）：后续还会接入更多系统。`,
      ),
    );
  }
  const deadline = pick(a, 'goal.deadline')[0];
  if (deadline === '3-months' || deadline === '6-months') {
    add(
      'implementation-speed',
      deadline === '3-months' ? 10 : 5,
      ['goal.deadline'],
      localized(
        `The first line must be live within ${deadline === '3-months' ? 3 : 6} months.`,
        `第一条产线须在 ${deadline === '3-months' ? 3 : 6} 个月内上线。`,
      ),
    );
  }

  const points = Object.fromEntries(optionDimensions.map((d) => [d, BASE_POINTS])) as Record<
    OptionDimension,
    number
  >;
  for (const adjustment of adjustments) points[adjustment.criterion] += adjustment.points;
  const total = optionDimensions.reduce((sum, d) => sum + points[d], 0);
  const weights = Object.fromEntries(optionDimensions.map((d) => [d, points[d] / total])) as Record<
    OptionDimension,
    number
  >;
  return { weights, adjustments };
}

/** Lot, serial or mixed identifiers for the spec export; `null` until step 1 says. */
export function identifierGranularity(doc: ProjectDocument): 'lot' | 'serial' | 'mixed' | null {
  const value = pick(indexAnswers(doc.audit.answers), 'goal.granularity')[0];
  return value === 'lot' || value === 'serial' || value === 'mixed' ? value : null;
}

type SystemKind = ProjectDocument['flows']['systems'][number]['kind'];

/** Where each data object usually flows (DOMAIN.md, "Typical flows and their direction"). */
const typicalRoute: Record<string, [SystemKind, SystemKind]> = {
  'material-master': ['erp', 'traceability'],
  'supplier-master': ['erp', 'traceability'],
  'customer-master': ['erp', 'traceability'],
  'purchase-order': ['erp', 'traceability'],
  'advance-shipping-notice': ['supplier', 'traceability'],
  'certificate-of-analysis': ['supplier', 'traceability'],
  'goods-receipt': ['traceability', 'erp'],
  'inspection-result': ['qms', 'traceability'],
  'work-order': ['erp', 'mes'],
  routing: ['erp', 'mes'],
  'material-consumption': ['mes', 'traceability'],
  'production-output': ['mes', 'traceability'],
  'inventory-status': ['traceability', 'erp'],
  'lot-genealogy': ['traceability', 'qms'],
  'serial-numbers': ['labeling', 'traceability'],
  shipment: ['traceability', 'customer'],
  'receipt-confirmation': ['customer', 'traceability'],
  'recall-notice': ['traceability', 'customer'],
};

/** The model's phase 1 connects the core flows first: material master and work orders. */
const CORE_OBJECTS = ['material-master', 'work-order'];

export type FlowSeed = {
  object: string;
  sourceKind: SystemKind;
  targetKind: SystemKind;
  direction: 'one-way' | 'two-way';
  isCore: boolean;
  /** 1 core flows, 2 the rest inside the plant, 3 suppliers and customers (the model's phases). */
  phase: 1 | 2 | 3;
};

/** The must-flow data of step 1 as seed flows for the diagram, two-way only where asked. */
export function flowSeeds(doc: ProjectDocument): FlowSeed[] {
  const a = indexAnswers(doc.audit.answers);
  const twoWay = new Set(pick(a, 'flows.two-way'));
  return pick(a, 'flows.must-flow').flatMap((object): FlowSeed[] => {
    const route = typicalRoute[object];
    if (!route) return [];
    const [sourceKind, targetKind] = route;
    const crossesCompany = [sourceKind, targetKind].some(
      (k) => k === 'supplier' || k === 'customer',
    );
    const isCore = CORE_OBJECTS.includes(object);
    return [
      {
        object,
        sourceKind,
        targetKind,
        direction: twoWay.has(object) ? 'two-way' : 'one-way',
        isCore,
        phase: isCore ? 1 : crossesCompany ? 3 : 2,
      },
    ];
  });
}

export type TaskSeed = { key: string; name: string; durationDays: number; questionId: string };
export type TrainingSeed = { key: string; audience: string; topic: string };

/**
 * Work step 3 must plan: a cleansing task for each failed data precondition (before phase 1),
 * and role-specific training for each role named in the audit (in the questionnaire's language).
 */
export function rolloutSeeds(
  doc: ProjectDocument,
  questionnaire: Questionnaire,
): { tasks: TaskSeed[]; trainings: TrainingSeed[] } {
  const a = indexAnswers(doc.audit.answers);
  const language = questionnaire.language;
  const tasks = preconditions(doc, questionnaire).map((p) => ({
    key: `cleanse:${p.questionId}`,
    name: p.text.slice(0, 200),
    durationDays: 10,
    questionId: p.questionId,
  }));
  const roles = questionnaire.sections
    .flatMap((s) => s.questions)
    .find((q) => q.id === 'gov.training-roles');
  const topic = localized(
    'When to scan, how to scan, what to do when a scan fails; the scan rate is part of the daily KPIs.',
    '何时扫码、如何扫码、扫码异常如何处理；扫码率纳入日常 KPI。',
  )[language];
  const trainings = pick(a, 'gov.training-roles').flatMap((roleId) => {
    const option = roles?.options.find((o) => o.id === roleId);
    return option ? [{ key: `train:${roleId}`, audience: option.label, topic }] : [];
  });
  return { tasks, trainings };
}
