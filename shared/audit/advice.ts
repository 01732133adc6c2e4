import { systemKindLabels } from '../flows/system-kinds.ts';
import type { Answer, Language, ProjectDocument } from '../model/schema.ts';
import {
  answerPercent,
  describeShare,
  formatCount,
  formatFigure,
  isCountAnswer,
  targetTraceHours,
} from './answer-figures.ts';
import {
  departmentList,
  joinNames,
  membersOf,
  memberList,
  missingDepartments,
  partnersWithoutLotData,
  taskForceDepartments,
} from './project-facts.ts';
import type { Question } from './questionnaire.ts';
import { hasValue, indexAnswers, selectedOptions, traceTimeReadiness } from './readiness.ts';

/**
 * The gap list's advice computed from this project: a recommendation that names departments,
 * people, partners or figures takes them from the answers and the document (the rollout team,
 * the raters, the diagram's suppliers and customers) and names only what is missing. The
 * questionnaire's own text is the fallback when the document says nothing more specific.
 */

type Advise = (doc: ProjectDocument, language: Language) => string | null;

const t = (language: Language, en: string, zh: string) => (language === 'zh-CN' ? zh : en);

const traceLevelText = (question: Question, level: number) => question.levels[level] ?? '';

/** Text per question id; `null` means "use the questionnaire's text". */
const advisers: Record<string, (question: Question) => Advise> = {
  'gov.task-force': () => (doc, language) => {
    const missing = missingDepartments(doc);
    const hasLead = taskForceDepartments(doc).has('management');
    if (missing.length > 0) {
      const lead = hasLead ? '' : t(language, ', led by a senior manager', '，并由高层管理者牵头');
      return t(
        language,
        `Add the missing departments to the task force: ${departmentList(missing, language)}${lead}.`,
        `把缺少的部门加入专项小组：${departmentList(missing, language)}${lead}。`,
      );
    }
    if (!hasLead)
      return t(
        language,
        'Ask a senior manager to lead the task force: every department is in it already.',
        '请一位高层管理者牵头专项小组：各部门均已加入。',
      );
    return t(
      language,
      'Every department is in the rollout team or among the raters: tick them in this answer so the audit shows the task force as it is.',
      '各部门均已在上线团队或评分人中：请在本题中勾选，使自审反映专项小组的实际组成。',
    );
  },
  'gov.business-owner': () => (doc, language) => {
    if (doc.rollout.team.length === 0) return null;
    const candidates = membersOf(doc, ['qc', 'production']);
    return candidates.length > 0
      ? t(
          language,
          `Name a business owner who states the needs and accepts the results — ${memberList(candidates.slice(0, 2), language, true)} from the task force.`,
          `指定一位提出需求并验收结果的业务负责人——可由专项小组中的${memberList(candidates.slice(0, 2), language, true)}担任。`,
        )
      : t(
          language,
          'No one from QC or production is in the rollout team yet: add one as the business owner who states the needs and accepts the results.',
          '上线团队中还没有品控或生产的成员：请加入一位，担任提出需求并验收结果的业务负责人。',
        );
  },
  'gov.sponsor': () => (doc, language) => {
    const sponsor =
      doc.rollout.team.find((m) => m.role === 'sponsor' && m.name.trim() !== '') ??
      membersOf(doc, ['management'])[0];
    if (!sponsor) return null;
    return t(
      language,
      `Ask ${sponsor.name.trim()} to lead the project actively, with authority over resources, and chair a fortnightly steering meeting.`,
      `请${sponsor.name.trim()}切实牵头项目、调配资源，并主持每两周一次的指导委员会会议。`,
    );
  },
  'gov.acceptance': () => (doc, language) => acceptanceAdvice(doc, language),
  'flows.workshop': () => (doc, language) => {
    if (doc.rollout.team.length === 0) return null;
    const people = membersOf(doc, ['procurement', 'production', 'qc', 'warehouse']);
    const covered = new Set(people.map((m) => m.department));
    const absent = (['procurement', 'production', 'qc', 'warehouse'] as const).filter(
      (d) => !covered.has(d),
    );
    const firstOfEach = people.filter(
      (m, i) => people.findIndex((n) => n.department === m.department) === i,
    );
    const withWhom = firstOfEach.length > 0 ? memberList(firstOfEach, language) : '';
    const find =
      absent.length > 0
        ? t(
            language,
            `; first find someone from ${departmentList(absent, language)}`,
            `；请先找到${departmentList(absent, language)}的参与者`,
          )
        : '';
    return withWhom === ''
      ? null
      : t(
          language,
          `Run a half-day whiteboard workshop with ${withWhom} to draw the must-flow data${find}.`,
          `与${withWhom}开半天白板研讨会，画出必须流动的数据${find}。`,
        );
  },
  'flows.scope': () => (doc, language) => {
    const answers = indexAnswers(doc.audit.answers);
    const mustFlow = selectedOptions(answers.get('flows.must-flow')).length;
    const count = answers.get('flows.interface-count');
    const interfaces = hasValue(count) && typeof count?.value === 'number' ? count.value : null;
    const owners = membersOf(doc, ['procurement', 'production', 'qc']);
    if (mustFlow === 0 && interfaces === null && owners.length === 0) return null;
    const list =
      interfaces === null
        ? t(language, 'the interface list', '接口清单')
        : t(language, `the ${interfaces}-interface list`, `包含 ${interfaces} 个接口的清单`);
    const data =
      mustFlow === 0
        ? t(language, 'the must-flow data', '必须流动的数据')
        : t(
            language,
            `the ${mustFlow} must-flow data objects`,
            ` ${mustFlow} 个必须流动的数据对象`,
          );
    const agreed =
      owners.length > 0
        ? t(
            language,
            ` agreed with ${memberList(owners, language)}`,
            `（与${memberList(owners, language)}商定）`,
          )
        : '';
    return t(
      language,
      `Replace ${list} with ${data}${agreed}; drop the rest from phase 1.`,
      `用${data}${agreed}取代${list}；其余接口移出第一阶段。`,
    );
  },
  'supply.supplier-lot': () => (doc, language) => {
    const suppliers = partnersWithoutLotData(doc, 'upstream', language);
    if (suppliers.length === 0) return null;
    return t(
      language,
      `Ask ${joinedNames(suppliers, language)} for GS1 labels with lot (AI 10) now, and ASNs with lot numbers in phase 3.`,
      `现在就请${joinedNames(suppliers, language)}提供带批次（AI 10）的 GS1 标签，并在第三阶段提供带批次号的发货通知（ASN）。`,
    );
  },
  'supply.customer-confirmation': () => (doc, language) => {
    const customers = partnersWithoutLotData(doc, 'downstream', language);
    const planned = partnerNames(doc, 'downstream', language).filter((n) => !customers.includes(n));
    if (customers.length === 0 && planned.length > 0)
      return t(
        language,
        `Agree an electronic receipt confirmation (EDI RECADV or API) with ${joinedNames(planned, language)} as the diagram plans, and switch it on in phase 3.`,
        `与${joinedNames(planned, language)}落实数据流图中规划的电子收货确认（EDI RECADV 或 API），在第三阶段启用。`,
      );
    if (customers.length === 0) return null;
    return t(
      language,
      `Agree an electronic receipt confirmation (EDI RECADV or API) with ${joinedNames(customers, language)} for phase 3.`,
      `与${joinedNames(customers, language)}约定电子收货确认（EDI RECADV 或 API），纳入第三阶段。`,
    );
  },
  'team.maintainers': () => (doc, language) => {
    const answer = selectedOptions(indexAnswers(doc.audit.answers).get('team.maintainers'))[0];
    const it = membersOf(doc, ['it']);
    const named = it.length > 0 ? memberList(it.slice(0, 2), language) : '';
    const vendor = t(
      language,
      'or choose an option whose vendor runs the interfaces under an SLA',
      '或选择由供应商按 SLA 运维接口的方案',
    );
    switch (answer) {
      case 'nobody':
        return named === ''
          ? null
          : t(
              language,
              `Name who maintains the interfaces — ${named} in the task force — ${vendor}.`,
              `明确接口维护人——可由专项小组中的${named}负责——${vendor}。`,
            );
      case 'contractor':
        return t(
          language,
          `A contractor leaves with the knowledge: name an in-house owner beside it${named ? ` (${named})` : ''}, ${vendor}.`,
          `外包人员离开时知识随之流失：为其配一名内部负责人${named ? `（${named}）` : ''}，${vendor}。`,
        );
      case 'one-dev':
        return t(
          language,
          `One developer is a single point of failure: name a backup${named ? ` beside ${named}` : ''}, ${vendor}.`,
          `只有一名开发人员存在单点风险：${named ? `为${named}` : ''}指定一名后备人员，${vendor}。`,
        );
      default:
        return null;
    }
  },
  'team.ops-budget': () => (doc, language) => opsBudgetAdvice(doc, language),
  'goal.target': () => (doc, language) => {
    const hours = targetTraceHours(doc);
    if (hours === null) return null;
    return t(
      language,
      `Write down the ${formatFigure(hours)} h trace target (any finished lot to its supplier lots and customers) and who signs it off, then test it with a mock recall.`,
      `书面确定 ${formatFigure(hours)} 小时的追溯目标（任一成品批次追溯到其供应商批次和客户）及签字人，并用模拟召回检验。`,
    );
  },
  'goal.trace-time': (question) => (doc, language) => {
    const trace = traceTimeReadiness(doc);
    const target = selectedOptions(indexAnswers(doc.audit.answers).get('goal.target'))[0];
    if (!trace && (target === 'defined' || target === 'tested'))
      return t(
        language,
        'Enter the trace-time target in hours (the question “Target time to trace a finished lot…” in this section) so today’s trace time is checked against it, and test it with a mock recall after phase 1.',
        '在本节“……的目标时限”一题中以小时填写追溯目标，以便对照检查目前的追溯时间，并在第一阶段后用模拟召回检验。',
      );
    if (!trace || trace.currentLevel === null) return null;
    const hours = formatFigure(trace.targetHours);
    const today = traceLevelText(question, trace.currentLevel);
    return trace.isMet
      ? t(
          language,
          `Today’s trace time (${today}) meets the ${hours} h target: prove it with a mock recall after phase 1.`,
          `目前的追溯时间（${today}）已达到 ${hours} 小时的目标：第一阶段后用模拟召回加以验证。`,
        )
      : t(
          language,
          `Today a trace takes longer than the ${hours} h target (${today}; the target needs “${traceLevelText(question, trace.requiredLevel)}”): close the gap on the pilot line and prove it with a mock recall after phase 1.`,
          `目前的追溯时间（${today}）达不到 ${hours} 小时的目标（目标要求“${traceLevelText(question, trace.requiredLevel)}”）：在试点产线上补齐差距，并在第一阶段后用模拟召回验证。`,
        );
  },
};

/** Partner names as running text, the first three and how many more. */
const joinedNames = (names: readonly string[], language: Language) =>
  names.length <= 3
    ? joinNames(names, language)
    : t(
        language,
        `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`,
        `${names.slice(0, 3).join('、')}等 ${names.length} 家`,
      );

/** Every diagram partner of a lane (suppliers or customers), by name. */
const partnerNames = (doc: ProjectDocument, lane: 'upstream' | 'downstream', language: Language) =>
  doc.flows.systems.filter((s) => s.lane === lane).map((s) => partnersNameOf(s, language));
const partnersNameOf = (system: ProjectDocument['flows']['systems'][number], language: Language) =>
  system.name.trim() || systemKindLabels[system.kind][language];

/**
 * Yearly operations at 15–20% of the build cost (a common rule of thumb for integration run
 * costs), in money: from the cheapest to the dearest option's initial costs in step 2.
 */
export const OPS_SHARE_OF_BUILD = [0.15, 0.2] as const;

function opsBudgetAdvice(doc: ProjectDocument, language: Language): string | null {
  const builds = doc.decision.candidates
    .map((c) => ({
      name: c.name.trim(),
      initial: doc.decision.costs
        .filter((k) => k.candidateId === c.id && k.kind === 'initial')
        .reduce((sum, k) => sum + k.amount, 0),
    }))
    .filter((b) => b.initial > 0)
    .sort((a, b) => a.initial - b.initial);
  if (builds.length === 0) return null;
  const money = (amount: number) =>
    `${doc.decision.currency} ${Math.round(amount).toLocaleString('en-US')}`;
  const [low, high] = [builds[0]!, builds[builds.length - 1]!];
  const range =
    builds.length === 1
      ? `${money(low.initial * OPS_SHARE_OF_BUILD[0])}–${money(low.initial * OPS_SHARE_OF_BUILD[1])}`
      : t(
          language,
          `${money(low.initial * OPS_SHARE_OF_BUILD[0])} (${low.name}) to ${money(high.initial * OPS_SHARE_OF_BUILD[1])} (${high.name})`,
          `${money(low.initial * OPS_SHARE_OF_BUILD[0])}（${low.name}）至 ${money(high.initial * OPS_SHARE_OF_BUILD[1])}（${high.name}）`,
        );
  return t(
    language,
    `Budget yearly operations before choosing an option: at 15–20% of the build cost, ${range} a year.`,
    `选型前先列出年度运维预算：按建设成本的 15–20% 计，每年 ${range}。`,
  );
}

function acceptanceAdvice(doc: ProjectDocument, language: Language): string | null {
  if (doc.rollout.team.length === 0) return null;
  const signers = (['production', 'qc'] as const).map((d) => membersOf(doc, [d])[0]);
  const named = signers.filter((m) => m !== undefined);
  const absent = (['production', 'qc'] as const).filter((_, i) => signers[i] === undefined);
  const who = named.length > 0 ? memberList(named, language) : departmentList(absent, language);
  const note =
    named.length > 0 && absent.length > 0
      ? t(
          language,
          ` — and add someone from ${departmentList(absent, language)} to the rollout team to sign too`,
          `——并在上线团队中加入${departmentList(absent, language)}的成员共同签字`,
        )
      : '';
  return t(
    language,
    `Make business UAT sign-off by ${who} the exit gate of every phase${note}.`,
    `把${who}的业务用户验收签字作为每个阶段的出口关卡${note}。`,
  );
}

/**
 * The advice for an answered question: the project's own text where the document says more
 * than the questionnaire, else the questionnaire's text with the answer's figures filled in (as
 * a count of a total when the plant entered one).
 */
export function adviceFor(
  question: Question,
  answer: Answer | undefined,
  doc: ProjectDocument,
  language: Language,
): string {
  const computed = advisers[question.id]?.(question)(doc, language) ?? null;
  return computed ?? fillAnswerFigures(question.recommendation, answer, language);
}

/**
 * Fills `{{value}}` and `{{missing}}` (100 − value) into a template. For an answer entered as a
 * count of a total, "{{value}}%" reads "38 of 120 (31.7%)" and "{{missing}}%" the rest.
 */
export function fillAnswerFigures(
  template: string,
  answer: Answer | undefined,
  language: Language,
): string {
  if (!answer) return template;
  const percent = answerPercent(answer);
  if (isCountAnswer(answer) && percent !== null) {
    const value = describeShare(answer, false, language) ?? '';
    const missing = describeShare(answer, true, language) ?? '';
    // "the {{missing}}% of raw materials" → "the 38 (31.7%) of the 120 raw materials".
    const ofTotal = (count: number, share: number) =>
      `${formatCount(count)} (${formatFigure(share)}%) of the ${formatCount(answer.total ?? 0)} `;
    const [count, total] = [answer.count ?? 0, answer.total ?? 0];
    return template
      .replaceAll('{{value}}% of ', ofTotal(count, percent))
      .replaceAll('{{missing}}% of ', ofTotal(total - count, 100 - percent))
      .replaceAll('{{value}}%', value)
      .replaceAll('{{missing}}%', missing);
  }
  return fillPercent(template, answer);
}

function fillPercent(template: string, answer: Answer): string {
  const value = isCountAnswer(answer)
    ? null
    : typeof answer.value === 'number'
      ? answer.value
      : null;
  if (value === null) return template;
  return template
    .replaceAll('{{value}}', formatFigure(value))
    .replaceAll('{{missing}}', formatFigure(100 - value));
}

/** Whether a question needs advice even when it scores 4 or more: a trace time short of its target. */
export function needsAdviceAnyway(question: Question, doc: ProjectDocument): boolean {
  return question.id === 'goal.trace-time' && traceTimeReadiness(doc)?.isMet === false;
}
