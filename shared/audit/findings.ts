import { countOf } from '../i18n/plural.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { ProjectDocument } from '../model/schema.ts';
import {
  answerMaturity,
  hasValue,
  indexAnswers,
  isVisible,
  questionWeight,
  selectedOptions,
  type AnswerIndex,
} from './readiness.ts';
import {
  allQuestions,
  type IndustryPreset,
  type Pitfall,
  type Question,
  type Questionnaire,
} from './questionnaire.ts';

/** A warning that the project is walking into one of the model's three pitfalls. */
export type RedFlag = {
  id: string;
  pitfall: Pitfall;
  severity: 'high' | 'medium';
  message: Localized;
  /** The answers that triggered it. */
  questionIds: string[];
};

/** One line of the prioritised gap list: what to do, in the questionnaire's language. */
export type Recommendation = {
  questionId: string;
  dimensionId: string;
  /** (5 − maturity) × weight: the larger, the more it holds readiness back. */
  priority: number;
  maturity: number;
  text: string;
};

/** A data-quality condition that must hold before integration starts. */
export type Precondition = {
  questionId: string;
  value: number;
  requiredValue: number;
  text: string;
};

const UPSTREAM_OBJECTS = ['advance-shipping-notice', 'certificate-of-analysis'];
const DOWNSTREAM_OBJECTS = ['shipment', 'receipt-confirmation'];
const BUSINESS_DEPARTMENTS = ['production', 'procurement', 'qc', 'warehouse'];

const choice = (answers: AnswerIndex, questionId: string): string | null =>
  selectedOptions(answers.get(questionId))[0] ?? null;

const numberAnswer = (answers: AnswerIndex, questionId: string): number | null => {
  const value = answers.get(questionId)?.value;
  return hasValue(answers.get(questionId)) && typeof value === 'number' ? value : null;
};

type Rule = (answers: AnswerIndex) => RedFlag | null;

/**
 * The red-flag rules, one per trigger, grouped by pitfall. Each fires only on its own evidence
 * and names the answers behind it. Unanswered questions never fire a flag: the open-question
 * list covers them.
 */
const rules: Rule[] = [
  // Pitfall 1: treating the integration as a pure IT project.
  (a) =>
    choice(a, 'gov.business-owner') === 'no'
      ? flag(
          'no-business-owner',
          'pure-it',
          'high',
          ['gov.business-owner'],
          localized(
            'No business owner: IT would connect data nobody in procurement, production or QC asked for.',
            '没有业务负责人：IT 打通的数据可能无人需要，最终系统被闲置。',
          ),
        )
      : null,
  (a) => {
    const members = selectedOptions(a.get('gov.task-force'));
    if (members.length === 0 || members.some((m) => BUSINESS_DEPARTMENTS.includes(m))) return null;
    return flag(
      'it-only-task-force',
      'pure-it',
      'high',
      ['gov.task-force'],
      localized(
        'The task force has no one from production, procurement, QC or warehouse.',
        '专项小组中没有生产、采购、品控或仓储部门的成员。',
      ),
    );
  },
  (a) =>
    choice(a, 'gov.acceptance') === 'it'
      ? flag(
          'it-acceptance',
          'pure-it',
          'medium',
          ['gov.acceptance'],
          localized(
            'IT signs off its own work: business departments must accept each phase through UAT.',
            'IT 自己验收自己的工作：每个阶段都应由业务部门通过用户验收测试签字。',
          ),
        )
      : null,
  (a) =>
    choice(a, 'gov.sponsor') === 'no'
      ? flag(
          'no-sponsor',
          'pure-it',
          'medium',
          ['gov.sponsor'],
          localized(
            'No senior manager leads the project: resources and cross-department decisions will stall.',
            '没有高层管理者牵头：资源协调与跨部门决策将受阻。',
          ),
        )
      : null,
  // Pitfall 2: the "most complete" interface list.
  (a) =>
    choice(a, 'flows.scope') === 'vendor-list'
      ? flag(
          'vendor-api-list',
          'full-interface',
          'high',
          ['flows.scope'],
          localized(
            'The scope is the vendor’s full API list, not the data that must flow.',
            '接口范围照搬供应商的全部接口清单，而非必须流动的数据。',
          ),
        )
      : null,
  (a) => {
    const count = numberAnswer(a, 'flows.interface-count');
    const needed = selectedOptions(a.get('flows.must-flow')).length;
    if (count === null || needed === 0 || count <= 2 * needed) return null;
    return flag(
      'interface-count',
      'full-interface',
      'high',
      ['flows.interface-count', 'flows.must-flow'],
      localized(
        `The proposal has ${count} interfaces for ${needed} must-flow data objects: more than twice what is needed.`,
        `方案包含 ${count} 个接口，而必须流动的数据对象只有 ${needed} 个：超出所需的两倍以上。`,
      ),
    );
  },
  (a) => {
    const twoWay = selectedOptions(a.get('flows.two-way'));
    if (twoWay.length === 0 || hasValue(a.get('flows.two-way-reason'))) return null;
    return flag(
      'two-way-without-reason',
      'full-interface',
      'medium',
      ['flows.two-way', 'flows.two-way-reason'],
      localized(
        `${countOf(twoWay.length, 'two-way flow', 'two-way flows', '').en} without a business reason: make ${twoWay.length === 1 ? 'it' : 'them'} one-way unless a reason is written down.`,
        `${twoWay.length} 条双向数据流没有业务理由：除非写明理由，否则改为单向。`,
      ),
    );
  },
  (a) => {
    const twoWay = selectedOptions(a.get('flows.two-way')).length;
    const needed = selectedOptions(a.get('flows.must-flow')).length;
    if (twoWay <= 2 || twoWay * 2 <= needed) return null;
    return flag(
      'over-sync',
      'full-interface',
      'medium',
      ['flows.two-way', 'flows.must-flow'],
      localized(
        `${twoWay} of ${needed} flows are two-way: over-synchronisation is the main cause of bloat and bottlenecks.`,
        `${needed} 条数据流中有 ${twoWay} 条为双向：过度同步是系统臃肿和性能瓶颈的主要原因。`,
      ),
    );
  },
  // Pitfall 3: ignoring the supply chain (the half chain).
  (a) => {
    const way = choice(a, 'supply.supplier-lot');
    if (way !== 'none' && way !== 'paper') return null;
    return flag(
      'no-supplier-lot',
      'half-chain',
      'high',
      ['supply.supplier-lot'],
      localized(
        'Supplier lot data does not arrive in a machine-readable form: the trace stops at your receiving dock.',
        '供应商批次数据无法以机器可读的方式获取：追溯在收货口就中断了。',
      ),
    );
  },
  (a) => {
    const way = choice(a, 'supply.customer-confirmation');
    if (way !== 'none' && way !== 'email') return null;
    return flag(
      'no-customer-confirmation',
      'half-chain',
      'high',
      ['supply.customer-confirmation'],
      localized(
        'Customers do not confirm receipt electronically: you cannot tell which customer holds a recalled lot.',
        '客户不以电子方式确认收货：召回时无法确定哪个客户持有问题批次。',
      ),
    );
  },
  (a) => {
    const objects = selectedOptions(a.get('flows.must-flow'));
    if (objects.length === 0) return null;
    const missing = [
      ...(objects.some((o) => UPSTREAM_OBJECTS.includes(o)) ? [] : ['upstream']),
      ...(objects.some((o) => DOWNSTREAM_OBJECTS.includes(o)) ? [] : ['downstream']),
    ];
    if (missing.length === 0) return null;
    return flag(
      'internal-flows-only',
      'half-chain',
      'medium',
      ['flows.must-flow'],
      localized(
        `No must-flow data reaches ${missing.map((m) => (m === 'upstream' ? 'suppliers' : 'customers')).join(' or ')}.`,
        `必须流动的数据没有覆盖${missing.map((m) => (m === 'upstream' ? '供应商' : '客户')).join('或')}。`,
      ),
    );
  },
];

function flag(
  id: string,
  pitfall: Pitfall,
  severity: RedFlag['severity'],
  questionIds: string[],
  message: Localized,
): RedFlag {
  return { id, pitfall, severity, message, questionIds };
}

/**
 * Every red flag the answers raise, in rule order (pure IT, interface list, half chain). Answers
 * to questions that are hidden now (their condition no longer holds) raise nothing.
 */
export function redFlags(doc: ProjectDocument, questionnaire: Questionnaire): RedFlag[] {
  const all = indexAnswers(doc.audit.answers);
  const visible = new Map(
    allQuestions(questionnaire)
      .filter((q) => isVisible(q, all) && all.has(q.id))
      .map((q) => [q.id, all.get(q.id)!]),
  );
  return rules.map((rule) => rule(visible)).filter((f): f is RedFlag => f !== null);
}

const formatNumber = (value: number) => String(Math.round(value * 10) / 10);

/** Fills `{{value}}` and `{{missing}}` (100 − value) into a recommendation template. */
export function fillRecommendation(template: string, value: unknown): string {
  if (typeof value !== 'number') return template;
  return template
    .replaceAll('{{value}}', formatNumber(value))
    .replaceAll('{{missing}}', formatNumber(100 - value));
}

/**
 * The prioritised gap list: every answered question scoring below 4 with its specific advice,
 * largest (5 − maturity) × weight first.
 */
export function recommendations(
  doc: ProjectDocument,
  questionnaire: Questionnaire,
  preset: IndustryPreset | undefined,
): Recommendation[] {
  const answers = indexAnswers(doc.audit.answers);
  const list: Recommendation[] = [];
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      if (!isVisible(question, answers) || question.recommendation === '') continue;
      const answer = answers.get(question.id);
      const maturity = answerMaturity(question, answer);
      if (maturity === null || maturity >= 4) continue;
      list.push({
        questionId: question.id,
        dimensionId: section.dimensionId,
        priority: (5 - maturity) * questionWeight(question, preset),
        maturity,
        text: fillRecommendation(question.recommendation, answer?.value),
      });
    }
  }
  return list.sort((a, b) => b.priority - a.priority);
}

/** Whether a measured figure fails its precondition (direction from the question's scale). */
function failsPrecondition(question: Question, value: number): boolean {
  if (question.preconditionAt === null || !question.scale) return false;
  const isLowerBetter = question.scale.best < question.scale.worst;
  return isLowerBetter ? value > question.preconditionAt : value < question.preconditionAt;
}

/**
 * Data cleansing that must be done before integration starts: each measured figure that misses
 * its threshold (batch management on every raw material, supplier lots on receipts…).
 */
export function preconditions(doc: ProjectDocument, questionnaire: Questionnaire): Precondition[] {
  const answers = indexAnswers(doc.audit.answers);
  return allQuestions(questionnaire).flatMap((question) => {
    const value = numberAnswer(answers, question.id);
    if (value === null || !isVisible(question, answers) || !failsPrecondition(question, value))
      return [];
    return [
      {
        questionId: question.id,
        value,
        requiredValue: question.preconditionAt ?? value,
        text: fillRecommendation(question.recommendation, value),
      },
    ];
  });
}
