import { localized } from '../i18n/localized.ts';
import type { ProjectDocument } from '../model/schema.ts';
import {
  downstreamMissing,
  kdeWithoutSource,
  qualityLoopOpen,
  serialWithoutFlow,
  tooManyFlows,
  upstreamMissing,
} from './diagram-rules.ts';
import {
  duplicate,
  noOwner,
  selfLoop,
  systemWithoutFlows,
  twoWayWithoutReason,
} from './element-rules.ts';
import { systemIndex } from './flow-labels.ts';
import { diagramFinding, type Context, type FlowFinding, type Rule } from './findings.ts';

/**
 * Checks of the data-flow diagram against the three-step model's pitfalls and the traceability
 * standards: over-synchronisation (pitfall 2), flows no business department owns (pitfall 1),
 * the half chain (pitfall 3), an open quality loop, FSMA 204 key data elements with no source,
 * serial granularity with no serial flow. Each rule is a small function that fires only on its
 * trigger, and checks each entity where a quality engineer thinks per entity (each supplier and
 * customer, each stock-booking ERP, each traceability platform), naming it in the finding.
 */

export type { FlowFinding, FlowFindingSeverity, FlowRuleId } from './findings.ts';
export { flowRuleIds } from './findings.ts';
export { MAX_FLOWS_PER_MUST_FLOW_OBJECT } from './diagram-rules.ts';

/** Rules that judge the diagram as a whole: meaningless until it has a flow. */
const wholeDiagramRules: readonly Rule[] = [
  upstreamMissing,
  downstreamMissing,
  qualityLoopOpen,
  kdeWithoutSource,
  serialWithoutFlow,
  tooManyFlows,
];

/**
 * All findings of the diagram, by rule, then in document order. An empty diagram (no flows) gets
 * one `diagram.empty` note instead of a finding from every whole-diagram rule.
 *
 * @example
 * validateFlows(workedExample)
 * // → [{ id: 'system.no-flows', target: { kind: 'system', id: 'sys-suppliers' }, … }]
 */
export function validateFlows(doc: ProjectDocument): FlowFinding[] {
  const systems = systemIndex(doc);
  const hops = doc.flows.flows.flatMap((flow) => {
    const [source, target] = [systems.get(flow.sourceId), systems.get(flow.targetId)];
    const forward = { flow, from: source, to: target };
    return flow.direction === 'two-way' ? [forward, { flow, from: target, to: source }] : [forward];
  });
  const ctx: Context = { doc, systems, hops };
  const perElement = [
    selfLoop,
    duplicate,
    twoWayWithoutReason,
    noOwner,
    systemWithoutFlows,
  ].flatMap((rule) => rule(ctx));
  if (doc.flows.flows.length === 0) {
    return [
      diagramFinding(
        'diagram.empty',
        'info',
        localized('The diagram has no flows yet.', '数据流图中还没有数据流。'),
        localized(
          'Start from the seed flows of step 1 (the data that must flow), drawn with the business team.',
          '从第一步的初始数据流（必须流动的数据）开始，与业务团队一起绘制。',
        ),
      ),
      ...perElement,
    ];
  }
  return [...perElement, ...wholeDiagramRules.flatMap((rule) => rule(ctx))];
}

/** The findings that point at flows, grouped by flow id (for lists over many flows). */
export function findingsByFlow(findings: readonly FlowFinding[]): Map<string, FlowFinding[]> {
  const byFlow = new Map<string, FlowFinding[]>();
  for (const finding of findings) {
    if (finding.target.kind !== 'flow' || finding.target.id === null) continue;
    const list = byFlow.get(finding.target.id);
    if (list) list.push(finding);
    else byFlow.set(finding.target.id, [finding]);
  }
  return byFlow;
}

/** The findings that point at one flow (for the ICD and the flow's side panel). */
export function findingsOfFlow(findings: readonly FlowFinding[], flowId: string): FlowFinding[] {
  return findings.filter((f) => f.target.kind === 'flow' && f.target.id === flowId);
}
