import { localized, type Localized } from '../i18n/localized.ts';
import type { TraceSystem } from '../model/schema.ts';
import { CUSTOMER_CONFIRMATION_OBJECTS, SUPPLIER_LOT_OBJECTS } from './chain-objects.ts';
import {
  connectedSystemIds,
  diagramFinding,
  isDecidedOutOfScope,
  name,
  receives,
  sends,
  systemFinding,
  type Context,
  type FlowFinding,
  type FlowRuleId,
  type Rule,
} from './findings.ts';

/**
 * The half chain (pitfall 3), checked per partner: lot data must come in from EACH upstream
 * supplier and a receipt confirmation must come back from EACH downstream customer. One supplier
 * sending its ASN says nothing about the others: a dairy whose farm sends ASNs still loses the
 * trail of the packaging supplier that only ever receives purchase orders.
 *
 * A partner the team marked out of scope with a reason is reported as that decision (`info`). A
 * partner no flow touches is left to `system.no-flows` (one finding per problem); only when no
 * partner is checked at all does the rule speak about the diagram as a whole, as before.
 */

/** The info finding for a partner left out of scope on purpose, quoting the team's reason. */
function decision(
  id: FlowRuleId,
  ctx: Context,
  system: TraceSystem,
  consequence: Localized,
): FlowFinding {
  const label = name(ctx, system.id);
  const reason = system.outOfScopeReason.trim();
  return systemFinding(
    id,
    'info',
    system,
    localized(
      `${label.en} is out of scope by decision (“${reason}”): ${consequence.en}`,
      `${label['zh-CN']}已决定不纳入本项目范围（“${reason}”）：${consequence['zh-CN']}`,
    ),
    localized(
      'Review the decision when the scope grows; clear “out of scope” to check this partner again.',
      '范围扩大时复核该决定；取消“不在范围内”即可重新检查该合作方。',
    ),
  );
}

/** Per upstream partner: its lot data (ASN, certificate of analysis or receipt) must come in. */
export const upstreamMissing: Rule = (ctx) => {
  const partners = ctx.doc.flows.systems.filter((s) => s.lane === 'upstream');
  const connected = connectedSystemIds(ctx);
  const findings = partners
    .filter((s) => !sends(ctx, s, SUPPLIER_LOT_OBJECTS))
    .flatMap((s): FlowFinding[] => {
      const label = name(ctx, s.id);
      if (isDecidedOutOfScope(s))
        return [
          decision(
            'chain.upstream-missing',
            ctx,
            s,
            localized(
              'its lots are not traced beyond your receiving dock.',
              '其批次的追溯止于本厂收货口。',
            ),
          ),
        ];
      if (!connected.has(s.id)) return [];
      return [
        systemFinding(
          'chain.upstream-missing',
          'warning',
          s,
          localized(
            `No supplier lot data comes in from ${label.en}: no shipping notice, certificate of analysis or receipt with its lot — tracing its materials stops at your gate (a half chain).`,
            `没有来自${label['zh-CN']}的供应商批次数据：没有携带其批次的发货通知、质量证明书或收货记录——其物料的追溯止步于自家大门（半截式追溯）。`,
          ),
          localized(
            `Add a flow of ${label.en}’s shipping notices or certificates with the supplier lot, or mark it out of scope with the reason.`,
            `添加一条来自${label['zh-CN']}、携带供应商批次的发货通知或质量证明书数据流，或将其标记为不在范围内并写明理由。`,
          ),
        ),
      ];
    });
  if (findings.length > 0 || partners.some((s) => sends(ctx, s, SUPPLIER_LOT_OBJECTS)))
    return findings;
  return [
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
};

/** Per downstream partner: a receipt confirmation must come back from it. */
export const downstreamMissing: Rule = (ctx) => {
  const partners = ctx.doc.flows.systems.filter((s) => s.lane === 'downstream');
  const connected = connectedSystemIds(ctx);
  const findings = partners
    .filter((s) => !sends(ctx, s, CUSTOMER_CONFIRMATION_OBJECTS))
    .flatMap((s): FlowFinding[] => {
      const label = name(ctx, s.id);
      if (isDecidedOutOfScope(s))
        return [
          decision(
            'chain.downstream-missing',
            ctx,
            s,
            localized(
              'a recall cannot confirm which of your lots it received.',
              '召回时无法确认其收到了哪些批次。',
            ),
          ),
        ];
      if (!connected.has(s.id)) return [];
      const getsShipments = receives(ctx, s, ['shipment']);
      return [
        systemFinding(
          'chain.downstream-missing',
          'warning',
          s,
          getsShipments
            ? localized(
                `${label.en} receives shipments but sends no receipt confirmation back: a recall cannot tell which of your lots arrived there (a half chain).`,
                `${label['zh-CN']}接收发货数据，但不回传收货确认：召回时无法确定哪些批次到达了该客户（半截式追溯）。`,
              )
            : localized(
                `No shipment reaches ${label.en} and no receipt confirmation comes back from it: a recall cannot reach the lots it received (a half chain).`,
                `没有发往${label['zh-CN']}的发货数据，也没有其回传的收货确认：召回无法追到其收到的批次（半截式追溯）。`,
              ),
          localized(
            `Add a flow of receipt confirmations (EDI RECADV or API) from ${label.en}${getsShipments ? '' : ' and of shipments to it'}, or mark it out of scope with the reason.`,
            `添加${getsShipments ? '' : `发往${label['zh-CN']}的发货数据流及`}来自${label['zh-CN']}的收货确认数据流（EDI RECADV 或 API），或将其标记为不在范围内并写明理由。`,
          ),
        ),
      ];
    });
  if (findings.length > 0 || partners.some((s) => sends(ctx, s, CUSTOMER_CONFIRMATION_OBJECTS)))
    return findings;
  return [
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
};
