import { identifierGranularity } from '../audit/handoffs.ts';
import { indexAnswers, selectedOptions } from '../audit/readiness.ts';
import { localized } from '../i18n/localized.ts';
import type { TraceSystem } from '../model/schema.ts';
import { receivingKeyDataElements } from './key-data-elements.ts';
import {
  carries,
  diagramFinding,
  isDecidedOutOfScope,
  name,
  objects,
  objectsAt,
  receives,
  systemFinding,
  type Context,
  type Rule,
} from './findings.ts';

/**
 * Rules about the diagram's reach, each checked per system where a quality engineer thinks per
 * system: the quality loop per ERP that books stock, receiving key data elements and serial
 * numbers per traceability platform (the system that answers a trace). With no such system in
 * the diagram, each falls back to "anywhere in the diagram". Plus far more flows than step 1's
 * must-flow data (pitfall 2), which is a count of the whole project. The half chain per supplier
 * and customer is in `chain-rules.ts`.
 */

export { downstreamMissing, upstreamMissing } from './chain-rules.ts';

/** Systems of a kind the team has not decided to leave out of scope. */
const inScope = (ctx: Context, kind: TraceSystem['kind']) =>
  ctx.doc.flows.systems.filter((s) => s.kind === kind && !isDecidedOutOfScope(s));

const QC_STATUS_OBJECTS = ['inspection-result', 'inventory-status'];
/** Objects that book lots into stock: an ERP receiving one of them holds the stock QC must block. */
const STOCK_BOOKING_OBJECTS = ['goods-receipt', 'production-output', 'material-consumption'];

/**
 * Per ERP that books lots into stock (receives goods receipts, consumption or output): the
 * inspection result or inventory status must reach it too. With no such ERP, some ERP must
 * receive them.
 */
export const qualityLoopOpen: Rule = (ctx) => {
  const stockHolders = inScope(ctx, 'erp').filter((erp) =>
    receives(ctx, erp, STOCK_BOOKING_OBJECTS),
  );
  if (stockHolders.length > 0) {
    return stockHolders
      .filter((erp) => !receives(ctx, erp, QC_STATUS_OBJECTS))
      .map((erp) => {
        const label = name(ctx, erp.id);
        return systemFinding(
          'quality.loop-open',
          'warning',
          erp,
          localized(
            `${label.en} books lots into stock but receives no inspection result or inventory status: QC decisions never block or release its stock — an open quality loop.`,
            `${label['zh-CN']}记录批次入库，却收不到检验结果或库存状态：质检判定无法冻结或放行其库存——质量闭环未闭合。`,
          ),
          localized(
            `Add a flow of the inventory status (or the inspection result) from the traceability platform or QMS into ${label.en}.`,
            `添加一条从追溯平台或 QMS 写入${label['zh-CN']}的库存状态（或检验结果）数据流。`,
          ),
        );
      });
  }
  return carries(ctx, QC_STATUS_OBJECTS, (hop) => hop.to?.kind === 'erp')
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
};

/**
 * Per traceability platform (the receiver that must produce the records): one finding per
 * receiving KDE that no flow into or out of it carries; a warning when FSMA 204 applies. With no
 * traceability platform drawn (traceability inside the ERP), any flow of the diagram counts.
 */
export const kdeWithoutSource: Rule = (ctx) => {
  const regulations = selectedOptions(indexAnswers(ctx.doc.audit.answers).get('goal.regulation'));
  const severity = regulations.includes('fsma-204') ? 'warning' : 'info';
  const missingIn = (carried: ReadonlySet<string>) =>
    receivingKeyDataElements.filter((kde) => !kde.sources.some((s) => carried.has(s.object)));
  const fixOf = (kde: (typeof receivingKeyDataElements)[number]) => {
    const what = objects(
      ctx,
      kde.sources.map((s) => s.object),
    );
    return localized(
      `Add a flow of one of: ${what.en}.`,
      `添加以下任一数据对象的数据流：${what['zh-CN']}。`,
    );
  };
  const receivers = inScope(ctx, 'traceability');
  if (receivers.length > 0) {
    return receivers.flatMap((receiver) => {
      const label = name(ctx, receiver.id);
      return missingIn(objectsAt(ctx, receiver)).map((kde) =>
        systemFinding(
          'kde.no-source',
          severity,
          receiver,
          localized(
            `No flow into or out of ${label.en} carries the receiving key data element “${kde.label.en}” (FSMA 204, GS1 Global Traceability Standard).`,
            `进出${label['zh-CN']}的数据流都不提供收货关键数据元素“${kde.label['zh-CN']}”（FSMA 204、GS1 全球追溯标准）。`,
          ),
          fixOf(kde),
        ),
      );
    });
  }
  const carried = new Set(ctx.doc.flows.flows.flatMap((f) => f.objects));
  return missingIn(carried).map((kde) =>
    diagramFinding(
      'kde.no-source',
      severity,
      localized(
        `No flow carries the receiving key data element “${kde.label.en}” (FSMA 204, GS1 Global Traceability Standard).`,
        `没有任何数据流提供收货关键数据元素“${kde.label['zh-CN']}”（FSMA 204、GS1 全球追溯标准）。`,
      ),
      fixOf(kde),
    ),
  );
};

/**
 * Serial (or mixed) granularity in step 1, but serial numbers neither reach nor leave a
 * traceability platform (with none drawn: no flow of serial numbers at all).
 */
export const serialWithoutFlow: Rule = (ctx) => {
  const granularity = identifierGranularity(ctx.doc);
  if (granularity !== 'serial' && granularity !== 'mixed') return [];
  const chosen = localized(
    granularity === 'serial' ? 'unit (serial)' : 'mixed lot and serial',
    granularity === 'serial' ? '单品级' : '批次与单品混合',
  );
  const fix = localized(
    'Add the flow of serial numbers from the label printer or line to the traceability platform, or revisit the granularity.',
    '添加从标签打印或产线到追溯平台的序列号数据流，或重新确认追溯颗粒度。',
  );
  const receivers = inScope(ctx, 'traceability');
  if (receivers.length > 0) {
    return receivers
      .filter((receiver) => !objectsAt(ctx, receiver).has('serial-numbers'))
      .map((receiver) => {
        const label = name(ctx, receiver.id);
        return systemFinding(
          'serial.no-flow',
          'error',
          receiver,
          localized(
            `Step 1 chose ${chosen.en} traceability, but no flow into or out of ${label.en} carries Serial numbers.`,
            `第一步选择了${chosen['zh-CN']}追溯，但进出${label['zh-CN']}的数据流都不传输序列号。`,
          ),
          fix,
        );
      });
  }
  if (ctx.doc.flows.flows.some((f) => f.objects.includes('serial-numbers'))) return [];
  return [
    diagramFinding(
      'serial.no-flow',
      'error',
      localized(
        `Step 1 chose ${chosen.en} traceability, but no flow carries Serial numbers.`,
        `第一步选择了${chosen['zh-CN']}追溯，但没有任何数据流传输序列号。`,
      ),
      fix,
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
