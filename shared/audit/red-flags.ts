import { localized, type Localized } from '../i18n/localized.ts';
import { countOf } from '../i18n/plural.ts';
import type { ProjectDocument } from '../model/schema.ts';
import {
  BUSINESS_DEPARTMENTS,
  memberList,
  membersOf,
  partnersWithoutLotData,
  taskForceDepartments,
} from './project-facts.ts';
import { allQuestions, type Pitfall, type Questionnaire } from './questionnaire.ts';
import {
  hasValue,
  indexAnswers,
  isVisible,
  selectedOptions,
  type AnswerIndex,
} from './readiness.ts';

/**
 * Red flags: the answers show the project walking into one of the model's three pitfalls. Where
 * a flag names people or partners, they come from this project (the rollout team, the diagram).
 */

/** A warning that the project is walking into one of the model's three pitfalls. */
export type RedFlag = {
  id: string;
  pitfall: Pitfall;
  severity: 'high' | 'medium';
  message: Localized;
  /** The answers that triggered it. */
  questionIds: string[];
};

const UPSTREAM_OBJECTS = ['advance-shipping-notice', 'certificate-of-analysis'];
const DOWNSTREAM_OBJECTS = ['shipment', 'receipt-confirmation'];

const choice = (answers: AnswerIndex, questionId: string): string | null =>
  selectedOptions(answers.get(questionId))[0] ?? null;

const numberAnswer = (answers: AnswerIndex, questionId: string): number | null => {
  const value = answers.get(questionId)?.value;
  return hasValue(answers.get(questionId)) && typeof value === 'number' ? value : null;
};

type Rule = (answers: AnswerIndex, doc: ProjectDocument) => RedFlag | null;

/**
 * The red-flag rules, one per trigger, grouped by pitfall. Each fires only on its own evidence
 * and names the answers behind it. Unanswered questions never fire a flag: the open-question
 * list covers them.
 */
const rules: Rule[] = [
  // Pitfall 1: treating the integration as a pure IT project.
  (a, doc) => {
    if (choice(a, 'gov.business-owner') !== 'no') return null;
    const candidates = membersOf(doc, ['qc', 'production']).slice(0, 2);
    const who = localized(
      memberList(candidates, 'en', true),
      memberList(candidates, 'zh-CN', true),
    );
    return flag(
      'no-business-owner',
      'pure-it',
      'high',
      ['gov.business-owner'],
      candidates.length > 0
        ? localized(
            `No business owner: IT would connect data nobody in the business asked for. ${who.en} in the task force could own it.`,
            `没有业务负责人：IT 打通的数据可能无人需要，最终系统被闲置。专项小组中的${who['zh-CN']}可以担任。`,
          )
        : localized(
            'No business owner: IT would connect data nobody in the business asked for.',
            '没有业务负责人：IT 打通的数据可能无人需要，最终系统被闲置。',
          ),
    );
  },
  (a, doc) => {
    // The answer triggers it; the rollout team and the raters can show it is already outdated.
    const members = selectedOptions(a.get('gov.task-force'));
    const present = taskForceDepartments(doc);
    if (members.length === 0 || BUSINESS_DEPARTMENTS.some((d) => present.has(d))) return null;
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
  (a, doc) => {
    const way = choice(a, 'supply.supplier-lot');
    if (way !== 'none' && way !== 'paper') return null;
    return flag(
      'no-supplier-lot',
      'half-chain',
      'high',
      ['supply.supplier-lot'],
      withPartners(
        doc,
        'upstream',
        localized(
          'Supplier lot data does not arrive in a machine-readable form: the trace stops at your receiving dock.',
          '供应商批次数据无法以机器可读的方式获取：追溯在收货口就中断了。',
        ),
        localized('No lot data comes in from', '数据流图中没有来自以下供应商的批次数据：'),
      ),
    );
  },
  (a, doc) => {
    const way = choice(a, 'supply.customer-confirmation');
    if (way !== 'none' && way !== 'email') return null;
    return flag(
      'no-customer-confirmation',
      'half-chain',
      'high',
      ['supply.customer-confirmation'],
      withPartners(
        doc,
        'downstream',
        localized(
          'Customers do not confirm receipt electronically: you cannot tell which customer holds a recalled lot.',
          '客户不以电子方式确认收货：召回时无法确定哪个客户持有问题批次。',
        ),
        localized(
          'No receipt confirmation comes back from',
          '数据流图中没有以下客户回传的收货确认：',
        ),
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

/** A message followed by the diagram's partners that lack the data, when there are any. */
function withPartners(
  doc: ProjectDocument,
  lane: 'upstream' | 'downstream',
  message: Localized,
  lead: Localized,
): Localized {
  const en = partnersWithoutLotData(doc, lane, 'en');
  const zh = partnersWithoutLotData(doc, lane, 'zh-CN');
  if (en.length === 0) return message;
  return localized(
    `${message.en} ${lead.en} ${en.join(', ')} in the diagram.`,
    `${message['zh-CN']}${lead['zh-CN']}${zh.join('、')}。`,
  );
}

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
  return rules.map((rule) => rule(visible, doc)).filter((f): f is RedFlag => f !== null);
}
