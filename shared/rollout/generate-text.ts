import type { Pitfall } from '../audit/questionnaire.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { GateItem, Training } from '../model/schema.ts';

/**
 * The words of a generated plan, in both languages: the model's three phases (three-step
 * model, step 3), the phase tasks, gate checklist items, workstreams, training and risk text.
 * The generator picks the document's language; ids and origins never depend on it.
 */

/** The model's three phases: name, goal and scope. */
export const phaseTexts: readonly { name: Localized; goal: Localized; scope: Localized }[] = [
  {
    name: localized('Phase 1 — core flows on the pilot line', '第一阶段：核心数据流 + 试点产线'),
    goal: localized(
      'Connect material master and production work orders; run traceability on one pilot line.',
      '先打通物料主数据与生产工单，在一条试点产线上运行追溯。',
    ),
    scope: localized('Pilot line', '试点产线'),
  },
  {
    name: localized('Phase 2 — extend to the other lines', '第二阶段：推广到其他产线'),
    goal: localized(
      'After the pilot succeeds, roll out line by line.',
      '试点成功后，逐条产线推广。',
    ),
    scope: localized('The other production lines', '其余产线'),
  },
  {
    name: localized(
      'Phase 3 — finance, supply chain and partners',
      '第三阶段：财务、供应链与上下游',
    ),
    goal: localized(
      'Connect finance, the supplier portal and customer receipt confirmation.',
      '最后对接财务、供应商门户与客户收货确认。',
    ),
    scope: localized('Finance, suppliers and customers', '财务、供应商与客户'),
  },
];

/** Tasks every phase has, by key; `{n}` is the phase number. */
export const phaseTaskTexts = {
  kickoff: localized('Project kick-off', '项目启动'),
  config: [
    localized(
      'Configure the pilot line: scanners, label printers, traceability platform',
      '配置试点产线：扫码枪、标签打印机、追溯平台',
    ),
    localized('Roll out scanners and labels to the other lines', '向其余产线部署扫码枪与标签'),
    localized(
      'Set up supplier and customer access (portal, EDI partners)',
      '开通供应商与客户接入（门户、EDI 伙伴）',
    ),
  ],
  validation: localized(
    'Data validation phase {n}: record counts, end-to-end trace test, QC write-back',
    '第 {n} 阶段数据校验：记录数核对、端到端追溯测试、质检结果回写',
  ),
  uat: localized('User acceptance test, phase {n}', '第 {n} 阶段用户验收测试（UAT）'),
  goLive: localized('Go-live, phase {n}', '第 {n} 阶段上线'),
  hypercare: localized('Hypercare after go-live, phase {n}', '第 {n} 阶段上线后重点支持'),
  build: localized('Build interface: {route} ({objects})', '开发接口：{route}（{objects}）'),
  test: localized('Test interface: {route} ({objects})', '测试接口：{route}（{objects}）'),
  training: localized('Training, phase {n}: {audience}', '第 {n} 阶段培训：{audience}'),
} as const;

/** Typed gate checklist items, one of each kind per phase, in checking order. */
export const gateItemTexts: readonly {
  kind: Exclude<GateItem['kind'], 'other'>;
  text: Localized;
  threshold: number | null;
}[] = [
  {
    kind: 'record-counts',
    text: localized(
      'Record counts reconciled between ERP/MES and the traceability platform',
      'ERP/MES 与追溯平台之间的记录数核对一致',
    ),
    threshold: null,
  },
  {
    kind: 'trace-test',
    text: localized(
      'Sample lots traced end to end, upstream (supplier lot) to downstream (shipment)',
      '抽样批次端到端追溯：从上游供应商批次到下游发货',
    ),
    threshold: null,
  },
  {
    kind: 'qc-writeback',
    text: localized(
      'QC results and dispositions written back to ERP inventory status',
      '质检结果与判定已回写 ERP 库存状态',
    ),
    threshold: null,
  },
  {
    kind: 'uat',
    text: localized('UAT signed by the business owners', 'UAT 由业务负责人签字确认'),
    threshold: null,
  },
  {
    kind: 'training',
    text: localized('Every trainee of the phase trained', '本阶段全部学员完成培训'),
    threshold: 100,
  },
  {
    kind: 'defects',
    text: localized('No open severity-1 defects', '无未关闭的一级缺陷'),
    threshold: 0,
  },
];

/** RACI rows the generator creates, with who is accountable and responsible by department. */
export const workstreamTexts = {
  pm: localized('Project management and gates', '项目管理与阶段关口'),
  data: localized('Master-data cleansing', '主数据清洗'),
  interfaces: localized('Interfaces: build and test', '接口开发与测试'),
  lines: localized('Line configuration and roll-out', '产线配置与推广'),
  training: localized('Training and scanning SOP', '培训与扫码作业指导书'),
  acceptance: localized('Data validation and UAT', '数据校验与用户验收'),
  partners: localized('Suppliers and customers', '供应商与客户'),
  finance: localized('Finance integration', '财务集成'),
} as const;

/** Who each role's training is for, and what it covers. */
export const trainingTexts: Record<
  Exclude<Training['role'], 'other'>,
  { audience: Localized; topic: Localized }
> = {
  'warehouse-clerk': {
    audience: localized('Warehouse clerks', '仓库管理员'),
    topic: localized(
      'Scan at receiving and put-away; what to do when a label does not scan',
      '收货与上架扫码；标签无法识别时如何处理',
    ),
  },
  'line-operator': {
    audience: localized('Line operators', '产线操作工'),
    topic: localized(
      'Scan material at line-side before consumption; the scan rate is a daily KPI',
      '投料前在线边扫码；扫码率纳入每日 KPI',
    ),
  },
  'qc-inspector': {
    audience: localized('QC inspectors', '质检员'),
    topic: localized(
      'Record inspection results and dispositions; release and quarantine',
      '录入检验结果与判定；放行与隔离',
    ),
  },
  planner: {
    audience: localized('Planners and buyers', '计划员与采购员'),
    topic: localized(
      'Supplier lots on purchase orders and ASNs; lot costing and recall queries',
      '采购订单与 ASN 上的供应商批次；批次成本与召回查询',
    ),
  },
  'it-support': {
    audience: localized('IT support', 'IT 支持'),
    topic: localized(
      'Interface monitoring, error queues, re-sending messages, on-call rota',
      '接口监控、错误队列、消息重发、值班安排',
    ),
  },
};

/** Mitigation and trigger of a risk seeded from a red flag, by the model's pitfall. */
export const redFlagRiskTexts: Record<Pitfall, { mitigation: Localized; trigger: Localized }> = {
  'pure-it': {
    mitigation: localized(
      'Name business owners for every phase; UAT signed by them, not by IT',
      '为每个阶段指定业务负责人；UAT 由业务签字，而非 IT',
    ),
    trigger: localized(
      'Business owners miss two workshops in a row',
      '业务负责人连续两次缺席研讨会',
    ),
  },
  'full-interface': {
    mitigation: localized(
      'Phase the interfaces: core flows first, every two-way flow justified',
      '接口分阶段实施：先核心流程，每个双向流程须说明理由',
    ),
    trigger: localized(
      'The interface list grows after the phase-1 scope is frozen',
      '第一阶段范围冻结后接口清单仍在增加',
    ),
  },
  'half-chain': {
    mitigation: localized(
      'Plan supplier and customer onboarding in phase 3 with named contacts',
      '在第三阶段安排供应商与客户接入，并指定联系人',
    ),
    trigger: localized(
      'A mock recall cannot name the supplier lot or the customer',
      '模拟召回无法定位供应商批次或客户',
    ),
  },
};

/** Trigger of a risk seeded from the chosen approach's challenges (step 2). */
export const challengeRiskTexts = {
  mitigation: localized(
    'Review at every gate; contract clauses and a fallback agreed with the vendor',
    '每个关口复核；与供应商约定合同条款和备用方案',
  ),
  trigger: localized(
    'Interface build or test overruns its planned days by more than 20%',
    '接口开发或测试超出计划天数 20% 以上',
  ),
} as const;

/** Fills `{name}` placeholders in a text. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, key: string) => String(values[key] ?? all));
}
