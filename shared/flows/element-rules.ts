import { localized } from '../i18n/localized.ts';
import { systemLabel } from './flow-labels.ts';
import { departmentLabels } from '../i18n/glossary.ts';
import {
  connectedSystemIds,
  flowFinding,
  isDecidedOutOfScope,
  name,
  objects,
  route,
  systemFinding,
  type FlowFinding,
  type Rule,
} from './findings.ts';

/**
 * Rules about single flows and systems: loops, duplicates, two-way flows with no reason
 * (over-synchronisation), flows with no owner (the pure-IT pitfall), systems with no flows.
 */

/** A flow whose source is its target. */
export const selfLoop: Rule = (ctx) =>
  ctx.doc.flows.flows
    .filter((flow) => flow.sourceId === flow.targetId)
    .map((flow) => {
      const system = name(ctx, flow.sourceId);
      return flowFinding(
        'flow.self-loop',
        'error',
        flow,
        localized(
          `A flow starts and ends at ${system.en}: data that never leaves a system is no interface.`,
          `有一条数据流的起点和终点都是${system['zh-CN']}：不离开系统的数据不构成接口。`,
        ),
        localized(
          'Point the flow at the system that receives the data, or delete it.',
          '把数据流指向接收数据的系统，或删除它。',
        ),
      );
    });

/** The same object on the same route twice (a two-way flow covers both directions). */
export const duplicate: Rule = (ctx) => {
  const seen = new Set<string>();
  const findings: FlowFinding[] = [];
  for (const flow of ctx.doc.flows.flows) {
    const repeated = flow.objects.filter((o) =>
      seen.has(`${flow.sourceId}\n${flow.targetId}\n${o}`),
    );
    if (repeated.length > 0) {
      const what = objects(ctx, [...new Set(repeated)]);
      const where = route(ctx, flow);
      findings.push(
        flowFinding(
          'flow.duplicate',
          'warning',
          flow,
          localized(
            `${where.en} carries ${what.en} a second time: another flow already moves it between these systems.`,
            `${where['zh-CN']}再次传输${what['zh-CN']}：已有另一条数据流在这两个系统之间传输它。`,
          ),
          localized(
            'Merge the two flows, or remove the object from one: one interface per data object and route.',
            '合并这两条数据流，或从其中一条移除该数据对象：每个数据对象在同一路径上只对接一次。',
          ),
        ),
      );
    }
    const ends =
      flow.direction === 'two-way'
        ? [
            [flow.sourceId, flow.targetId],
            [flow.targetId, flow.sourceId],
          ]
        : [[flow.sourceId, flow.targetId]];
    for (const [from, to] of ends) for (const o of flow.objects) seen.add(`${from}\n${to}\n${o}`);
  }
  return findings;
};

/** Two-way flows with no business reason: the over-synchronisation pitfall. */
export const twoWayWithoutReason: Rule = (ctx) =>
  ctx.doc.flows.flows
    .filter((flow) => flow.direction === 'two-way' && flow.reason.trim() === '')
    .map((flow) => {
      const [where, what] = [route(ctx, flow), objects(ctx, flow.objects)];
      return flowFinding(
        'flow.two-way-without-reason',
        'warning',
        flow,
        localized(
          `${where.en} carries ${what.en} two-way with no business reason.`,
          `${where['zh-CN']}双向同步${what['zh-CN']}，但没有写明业务理由。`,
        ),
        localized(
          'State why the data must flow back (e.g. QC release must free ERP stock at once), or make the flow one-way: over-synchronisation is the main cause of bloat.',
          '写明数据为何必须回传（例如质检放行须立即解冻 ERP 库存），否则改为单向：过度同步是系统臃肿的主要原因。',
        ),
      );
    });

/**
 * Flows no department owns: the pure-IT-project pitfall. Once the rollout team is named, a flow
 * owned by a department with nobody in the team is noted too (`info`): nobody is there to accept it.
 */
export const noOwner: Rule = (ctx) => {
  // Partners and the vendor own their side of a flow; they are seldom in the rollout team.
  const EXTERNAL: readonly string[] = ['supplier', 'customer', 'vendor'];
  const team = ctx.doc.rollout.team;
  const inTeam = new Set(team.map((m) => m.department));
  return ctx.doc.flows.flows.flatMap((flow): FlowFinding[] => {
    const [where, what] = [route(ctx, flow), objects(ctx, flow.objects)];
    if (flow.owner === null)
      return [
        flowFinding(
          'flow.no-owner',
          'warning',
          flow,
          localized(
            `${where.en} (${what.en}) has no owning department.`,
            `${where['zh-CN']}（${what['zh-CN']}）没有责任部门。`,
          ),
          localized(
            'Name the business department that needs this data and accepts it: an interface nobody in the business asked for ends up idle.',
            '指定需要这些数据并负责验收的业务部门：没有业务方需要的接口最终会闲置。',
          ),
        ),
      ];
    if (team.length === 0 || inTeam.has(flow.owner) || EXTERNAL.includes(flow.owner)) return [];
    const owner = departmentLabels[flow.owner];
    return [
      flowFinding(
        'flow.no-owner',
        'info',
        flow,
        localized(
          `${where.en} (${what.en}) is owned by ${owner.en}, but no one from ${owner.en} is in the rollout team to accept it.`,
          `${where['zh-CN']}（${what['zh-CN']}）的责任部门是${owner['zh-CN']}，但上线团队中没有${owner['zh-CN']}的成员来验收它。`,
        ),
        localized(
          `Add someone from ${owner.en} to the rollout team, or give the flow to a department that is in it.`,
          `在上线团队中加入${owner['zh-CN']}的成员，或把该数据流交给团队中已有的部门负责。`,
        ),
      ),
    ];
  });
};

/**
 * Systems no flow touches. One the team left out of scope with a reason is a decision (`info`);
 * a supplier or customer so decided is reported by the half-chain rules instead.
 */
export const systemWithoutFlows: Rule = (ctx) => {
  const connected = connectedSystemIds(ctx);
  return ctx.doc.flows.systems
    .filter((system) => !connected.has(system.id))
    .filter((system) => system.lane === 'internal' || !isDecidedOutOfScope(system))
    .map((system) => {
      const label = systemLabel(system);
      if (isDecidedOutOfScope(system)) {
        const reason = system.outOfScopeReason.trim();
        return systemFinding(
          'system.no-flows',
          'info',
          system,
          localized(
            `${label.en} is out of scope by decision (“${reason}”) and takes part in no flow.`,
            `${label['zh-CN']}已决定不纳入本项目范围（“${reason}”），不参与任何数据流。`,
          ),
          localized(
            'Review the decision when the scope grows; clear “out of scope” to check it again.',
            '范围扩大时复核该决定；取消“不在范围内”即可重新检查。',
          ),
        );
      }
      return systemFinding(
        'system.no-flows',
        'warning',
        system,
        localized(
          `No data flows to or from ${label.en}.`,
          `${label['zh-CN']}既不发送也不接收任何数据。`,
        ),
        localized(
          'Draw the flows it takes part in, remove it from the diagram, or mark it out of scope with the reason.',
          '补画它参与的数据流，把它从图中移除，或将其标记为不在范围内并写明理由。',
        ),
      );
    });
};
