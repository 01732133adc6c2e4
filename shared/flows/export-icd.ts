import { departmentLabels } from '../i18n/glossary.ts';
import { identifierGranularity } from '../audit/handoffs.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { Flow, Language, ProjectDocument, TraceSystem } from '../model/schema.ts';
import { isCatalogueObject } from './data-objects.ts';
import {
  interfaceReference,
  interfaceStyle,
  objectLabel,
  phaseLabel,
  schemaNames,
  systemIndex,
  systemLabel,
  usedObjectKeys,
} from './flow-labels.ts';
import { escapeMarkdown } from './markdown.ts';
import { objectSemantics } from './object-semantics.ts';
import {
  directionLabels,
  laneLabels,
  protocolLabels,
  protocolSecurity,
  triggerLabels,
  yesNo,
} from './spec-labels.ts';
import { systemKindLabels } from './system-kinds.ts';
import { findingsByFlow, validateFlows, type FlowFinding } from './validate.ts';

/**
 * The Interface Control Document (ICD) of the diagram as Markdown: an overview (project,
 * systems, counts, diagram findings), then one section per interface with the items an ICD
 * covers — systems, data and message format, direction, trigger, timing, volume, protocol,
 * security, owner, phase, and the validation findings of that flow. All user text is escaped.
 */

export { escapeMarkdown } from './markdown.ts';

const label = {
  title: localized('Interface Control Document', '接口控制文档（ICD）'),
  overview: localized('1 Overview', '1 概述'),
  systems: localized('1.1 Systems', '1.1 系统'),
  diagramFindings: localized('1.2 Findings on the diagram', '1.2 数据流图校验结果'),
  interfaces: localized('2 Interfaces', '2 接口'),
  item: localized('Item', '项目'),
  value: localized('Value', '内容'),
  project: localized('Project', '项目'),
  client: localized('Client', '客户'),
  site: localized('Site', '工厂 / 地点'),
  updated: localized('Project last saved', '项目最后保存'),
  granularity: localized('Identifier granularity', '标识颗粒度'),
  systemCount: localized('Systems', '系统数'),
  flowCount: localized('Interfaces', '接口数'),
  findingCount: localized('Findings', '校验结果'),
  system: localized('System', '系统'),
  kind: localized('Kind', '类型'),
  product: localized('Product', '产品'),
  lane: localized('Lane', '泳道'),
  owner: localized('Owner', '责任部门'),
  source: localized('Source system', '发送方系统'),
  target: localized('Target system', '接收方系统'),
  data: localized('Data transferred', '传输数据'),
  format: localized('Message format', '报文格式'),
  direction: localized('Direction', '方向'),
  trigger: localized('Trigger', '触发方式'),
  timing: localized('Timing (frequency; latency)', '时效（频率；延迟）'),
  volume: localized('Volume per day', '日数据量'),
  protocol: localized('Protocol', '协议'),
  style: localized('Specification', '规范'),
  security: localized('Security and integrity', '安全与完整性'),
  phase: localized('Rollout phase', '上线阶段'),
  core: localized('Core flow', '核心数据流'),
  reason: localized('Business reason', '业务理由'),
  none: localized('none', '无'),
  noInterfaces: localized('The diagram has no flows yet.', '数据流图中还没有数据流。'),
};

const severities = ['error', 'warning', 'info'] as const;
const severityLabels: Record<FlowFinding['severity'], Localized> = {
  error: localized('error', '错误'),
  warning: localized('warning', '警告'),
  info: localized('note', '提示'),
};

const severityCounts: Record<FlowFinding['severity'], Localized> = {
  error: localized('errors', '错误'),
  warning: localized('warnings', '警告'),
  info: localized('notes', '提示'),
};

const granularityLabels = {
  lot: localized('lot (batch), GS1 AI 10', '批次级（GS1 AI 10）'),
  serial: localized('unit (serial), GS1 AI 01 + 21', '单品级（GS1 AI 01 + 21）'),
  mixed: localized('mixed: lots and serial numbers', '混合：批次与单品'),
};

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) => [
  row(header),
  row(header.map(() => '---')),
  ...rows.map(row),
];
const dash = (value: string) => (value.trim() === '' ? '—' : escapeMarkdown(value.trim()));

function formatOf(
  doc: ProjectDocument,
  key: string,
  names: ReadonlyMap<string, string>,
  language: Language,
): string {
  const semantics = isCatalogueObject(key) ? objectSemantics[key] : null;
  const parts = [`JSON Schema \`${names.get(key) ?? key}\``];
  if (semantics?.epcis) {
    const { eventType, bizStep, dispositions } = semantics.epcis;
    parts.push(
      `EPCIS 2.0 ${eventType}${bizStep ? ` · bizStep ${bizStep}` : ''} · ${dispositions[0]}`,
    );
  }
  if (semantics?.isa95) parts.push(`ISA-95 ${semantics.isa95}`);
  const [colon, semicolon] = language === 'en' ? [': ', '; '] : ['：', '；'];
  return `${escapeMarkdown(objectLabel(doc, key)[language])}${colon}${parts.join(semicolon)}`;
}

function findingLines(findings: readonly FlowFinding[], language: Language): string[] {
  return findings.map(
    (f) =>
      `- **${severityLabels[f.severity][language]}** (\`${f.id}\`): ${escapeMarkdown(f.message[language])} ${escapeMarkdown(f.fix[language])}`,
  );
}

function interfaceSection(
  doc: ProjectDocument,
  flow: Flow,
  index: number,
  context: {
    systems: ReadonlyMap<string, TraceSystem>;
    findings: ReadonlyMap<string, FlowFinding[]>;
    names: ReadonlyMap<string, string>;
  },
  language: Language,
): string[] {
  const t = (l: Localized) => l[language];
  const { systems, names } = context;
  const describe = (id: string) => {
    const system = systems.get(id);
    if (!system) return escapeMarkdown(id);
    const product = system.product.trim() ? ` (${escapeMarkdown(system.product.trim())})` : '';
    return `${escapeMarkdown(t(systemLabel(system)))}${product}`;
  };
  const style =
    interfaceStyle(flow) === 'event'
      ? localized('Events — AsyncAPI 3.0', '事件 — AsyncAPI 3.0')
      : localized('Request/response — OpenAPI 3.1', '请求/响应 — OpenAPI 3.1');
  const timing = [flow.frequency, flow.latency].map(dash).join('; ');
  const own = context.findings.get(flow.id) ?? [];
  const heading = `### ${interfaceReference(index)} ${describe(flow.sourceId)} ${flow.direction === 'two-way' ? '↔' : '→'} ${describe(flow.targetId)}`;
  return [
    heading,
    '',
    ...table(
      [t(label.item), t(label.value)],
      [
        [t(label.source), describe(flow.sourceId)],
        [t(label.target), describe(flow.targetId)],
        [
          t(label.data),
          flow.objects.map((k) => escapeMarkdown(t(objectLabel(doc, k)))).join('; ') || '—',
        ],
        [
          t(label.format),
          flow.objects.map((k) => formatOf(doc, k, names, language)).join('<br>') || '—',
        ],
        [t(label.direction), t(directionLabels[flow.direction])],
        [t(label.trigger), t(triggerLabels[flow.trigger])],
        [t(label.timing), timing],
        [t(label.volume), flow.volumePerDay === null ? '—' : String(flow.volumePerDay)],
        [t(label.protocol), protocolLabels[flow.protocol]],
        [t(label.style), t(style)],
        [t(label.security), t(protocolSecurity[flow.protocol])],
        [t(label.owner), flow.owner ? t(departmentLabels[flow.owner]) : '—'],
        [t(label.phase), dash(phaseLabel(doc, flow.phaseId))],
        [t(label.core), t(yesNo(flow.isCore))],
        [t(label.reason), dash(flow.reason)],
      ],
    ),
    '',
    `**${t(label.findingCount)}**`,
    '',
    ...(own.length > 0 ? findingLines(own, language) : [`- ${t(label.none)}`]),
    '',
  ];
}

/** The ICD as one Markdown text (GitHub-flavoured tables), in the given language. */
export function exportInterfaceControlDocument(doc: ProjectDocument, language: Language): string {
  const t = (l: Localized) => l[language];
  const findings = validateFlows(doc);
  const { systems, flows } = doc.flows;
  const names = schemaNames(doc, usedObjectKeys(doc));
  const granularity = identifierGranularity(doc);
  const count = (severity: FlowFinding['severity']) =>
    `${t(severityCounts[severity])}${language === 'en' ? ': ' : '：'}${findings.filter((f) => f.severity === severity).length}`;
  const flowCounts = new Map<string, number>();
  for (const flow of flows) {
    for (const id of new Set([flow.sourceId, flow.targetId]))
      flowCounts.set(id, (flowCounts.get(id) ?? 0) + 1);
  }
  const twoWay = flows.filter((f) => f.direction === 'two-way').length;
  const core = flows.filter((f) => f.isCore).length;
  const events = flows.filter((f) => interfaceStyle(f) === 'event').length;
  const lines = [
    `# ${t(label.title)} — ${escapeMarkdown(doc.meta.title.trim() || 'TraceReady')}`,
    '',
    `## ${t(label.overview)}`,
    '',
    ...table(
      [t(label.item), t(label.value)],
      [
        [t(label.project), dash(doc.meta.title)],
        [t(label.client), dash(doc.meta.client)],
        [t(label.site), dash(doc.meta.site)],
        [t(label.updated), doc.meta.updatedAt.slice(0, 10)],
        [t(label.granularity), granularity ? t(granularityLabels[granularity]) : '—'],
        [t(label.systemCount), String(systems.length)],
        [
          t(label.flowCount),
          t(
            localized(
              `${flows.length} (core ${core}, two-way ${twoWay}; request/response ${flows.length - events}, events ${events})`,
              `${flows.length}（核心 ${core}，双向 ${twoWay}；请求/响应 ${flows.length - events}，事件 ${events}）`,
            ),
          ),
        ],
        [t(label.findingCount), severities.map(count).join(language === 'zh-CN' ? '，' : ', ')],
      ],
    ),
    '',
    `## ${t(label.systems)}`,
    '',
    ...table(
      [
        t(label.system),
        t(label.kind),
        t(label.product),
        t(label.lane),
        t(label.owner),
        t(label.flowCount),
      ],
      systems.map((s) => [
        escapeMarkdown(t(systemLabel(s))),
        t(systemKindLabels[s.kind]),
        dash(s.product),
        t(laneLabels[s.lane]),
        s.owner ? t(departmentLabels[s.owner]) : '—',
        String(flowCounts.get(s.id) ?? 0),
      ]),
    ),
    '',
    `## ${t(label.diagramFindings)}`,
    '',
  ];
  const general = findings.filter((f) => f.target.kind !== 'flow');
  lines.push(
    ...(general.length > 0 ? findingLines(general, language) : [`- ${t(label.none)}`]),
    '',
  );
  lines.push(`## ${t(label.interfaces)}`, '');
  if (flows.length === 0) lines.push(t(label.noInterfaces), '');
  const context = { systems: systemIndex(doc), findings: findingsByFlow(findings), names };
  flows.forEach((flow, i) => lines.push(...interfaceSection(doc, flow, i, context, language)));
  return lines.join('\n');
}
