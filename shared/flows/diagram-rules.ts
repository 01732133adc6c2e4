import { identifierGranularity } from '../audit/handoffs.ts';
import { indexAnswers, selectedOptions } from '../audit/readiness.ts';
import { localized } from '../i18n/localized.ts';
import { receivingKeyDataElements } from './key-data-elements.ts';
import { carries, diagramFinding, objects, type Rule } from './findings.ts';

/**
 * Rules about the diagram as a whole: the half chain up- and downstream (pitfall 3), the open
 * quality loop, receiving key data elements with no source, serial granularity with no serial
 * flow, and far more flows than step 1's must-flow data (pitfall 2).
 */

const UPSTREAM_OBJECTS = ['advance-shipping-notice', 'certificate-of-analysis', 'goods-receipt'];
/** No upstream system sends supplier lot data. */
export const upstreamMissing: Rule = (ctx) =>
  carries(ctx, UPSTREAM_OBJECTS, (hop) => hop.from?.lane === 'upstream')
    ? []
    : [
        diagramFinding(
          'chain.upstream-missing',
          'warning',
          localized(
            'No flow brings supplier lot data (advance shipping notice, certificate of analysis or goods receipt) from an upstream system: tracing stops at your own gate — a half chain.',
            '没有任何数据流从上游系统带来供应商批次数据（发货通知、质量证明书或收货）：追溯止步于自家大门——半截式追溯。',
          ),
          localized(
            'Add a supplier or supplier portal and a flow of its shipping notices or certificates with the supplier lot.',
            '添加供应商或供应商门户，以及一条携带供应商批次的发货通知或质量证明书数据流。',
          ),
        ),
      ];

const DOWNSTREAM_OBJECTS = ['shipment', 'receipt-confirmation'];
/** No shipment or receipt confirmation is exchanged with a customer. */
export const downstreamMissing: Rule = (ctx) =>
  carries(
    ctx,
    DOWNSTREAM_OBJECTS,
    (hop) => hop.from?.lane === 'downstream' || hop.to?.lane === 'downstream',
  )
    ? []
    : [
        diagramFinding(
          'chain.downstream-missing',
          'warning',
          localized(
            'No flow exchanges shipments or receipt confirmations with a downstream (customer) system: a recall cannot reach the customers who received a lot — a half chain.',
            '没有任何数据流与下游（客户）系统交换发货或收货确认：召回无法追到收到该批次的客户——半截式追溯。',
          ),
          localized(
            'Add the customer (or customer portal) and flows of shipments out and receipt confirmations back.',
            '添加客户（或客户门户），以及发货数据流和收货确认回传数据流。',
          ),
        ),
      ];

/** Neither the inspection result nor the inventory status reaches an ERP. */
export const qualityLoopOpen: Rule = (ctx) =>
  carries(ctx, ['inspection-result', 'inventory-status'], (hop) => hop.to?.kind === 'erp')
    ? []
    : [
        diagramFinding(
          'quality.loop-open',
          'warning',
          localized(
            'No flow carries the inspection result or inventory status into an ERP: QC decisions never block or release ERP stock — an open quality loop.',
            '没有任何数据流把检验结果或库存状态写入 ERP：质检判定无法冻结或放行 ERP 库存——质量闭环未闭合。',
          ),
          localized(
            'Add a flow of the inventory status (or the inspection result) from the traceability platform or QMS into the ERP.',
            '添加一条从追溯平台或 QMS 写入 ERP 的库存状态（或检验结果）数据流。',
          ),
        ),
      ];

/** One finding per receiving KDE no flow carries; a warning when FSMA 204 applies. */
export const kdeWithoutSource: Rule = (ctx) => {
  const carried = new Set(ctx.doc.flows.flows.flatMap((f) => f.objects));
  const regulations = selectedOptions(indexAnswers(ctx.doc.audit.answers).get('goal.regulation'));
  const severity = regulations.includes('fsma-204') ? 'warning' : 'info';
  return receivingKeyDataElements
    .filter((kde) => !kde.sources.some((s) => carried.has(s.object)))
    .map((kde) => {
      const what = objects(
        ctx,
        kde.sources.map((s) => s.object),
      );
      return diagramFinding(
        'kde.no-source',
        severity,
        localized(
          `No flow carries the receiving key data element “${kde.label.en}” (FSMA 204, GS1 Global Traceability Standard).`,
          `没有任何数据流提供收货关键数据元素“${kde.label['zh-CN']}”（FSMA 204、GS1 全球追溯标准）。`,
        ),
        localized(
          `Add a flow of one of: ${what.en}.`,
          `添加以下任一数据对象的数据流：${what['zh-CN']}。`,
        ),
      );
    });
};

/** Serial (or mixed) granularity in step 1 but no flow of serial numbers. */
export const serialWithoutFlow: Rule = (ctx) => {
  const granularity = identifierGranularity(ctx.doc);
  if (granularity !== 'serial' && granularity !== 'mixed') return [];
  if (ctx.doc.flows.flows.some((f) => f.objects.includes('serial-numbers'))) return [];
  return [
    diagramFinding(
      'serial.no-flow',
      'error',
      localized(
        `Step 1 chose ${granularity === 'serial' ? 'unit (serial)' : 'mixed lot and serial'} traceability, but no flow carries Serial numbers.`,
        `第一步选择了${granularity === 'serial' ? '单品级' : '批次与单品混合'}追溯，但没有任何数据流传输序列号。`,
      ),
      localized(
        'Add the flow of serial numbers from the label printer or line to the traceability platform, or revisit the granularity.',
        '添加从标签打印或产线到追溯平台的序列号数据流，或重新确认追溯颗粒度。',
      ),
    ),
  ];
};

/** More than this many flows per must-flow data object is the "most complete interface" pitfall. */
export const MAX_FLOWS_PER_MUST_FLOW_OBJECT = 2;

/** More than twice as many flows as must-flow objects: the most-complete-interface pitfall. */
export const tooManyFlows: Rule = (ctx) => {
  const mustFlow = selectedOptions(
    indexAnswers(ctx.doc.audit.answers).get('flows.must-flow'),
  ).length;
  const count = ctx.doc.flows.flows.length;
  if (mustFlow === 0 || count <= MAX_FLOWS_PER_MUST_FLOW_OBJECT * mustFlow) return [];
  return [
    diagramFinding(
      'scope.too-many-flows',
      'warning',
      localized(
        `The diagram has ${count} flows for the ${mustFlow} data objects step 1 says must flow — more than twice as many: the “most complete interface” pitfall.`,
        `图中有 ${count} 条数据流，而第一步确认必须流动的数据对象只有 ${mustFlow} 个——超过两倍：陷入“追求功能最全的接口”误区。`,
      ),
      localized(
        'Connect only what must flow: move the other flows to a later phase or drop them.',
        '只对接必须流动的数据：把其余数据流移到后续阶段或删除。',
      ),
    ),
  ];
};
