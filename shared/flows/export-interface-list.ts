import { safeCellText } from '../spreadsheet/cell-text.ts';
import Papa from 'papaparse';
import { localized, type Localized } from '../i18n/localized.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import {
  interfaceReference,
  interfaceStyle,
  objectLabel,
  phaseLabel,
  systemIndex,
  systemLabel,
} from './flow-labels.ts';
import { departmentLabels } from '../i18n/glossary.ts';
import {
  directionLabels,
  laneLabels,
  protocolLabels,
  protocolSecurity,
  triggerLabels,
  yesNo,
} from './spec-labels.ts';
import { findingsByFlow, validateFlows } from './validate.ts';

/**
 * The interface list: one row per flow, for spreadsheets (CSV and xlsx). Every text cell is made
 * formula-safe, because a system named `=HYPERLINK(…)` must not become a live formula when the
 * list is opened in Excel, WPS or LibreOffice (OWASP, "CSV Injection").
 */

/** A cell: text, or a number spreadsheets may sum. */
export type InterfaceListCell = string | number;

/** The header row and one data row per flow, in document order. */
export type InterfaceList = { header: string[]; rows: InterfaceListCell[][] };

/**
 * Characters that make a spreadsheet read a cell as a formula: OWASP's = + - @ tab and carriage
 * return, plus their full-width forms (＝ ＋ － ＠), which some CJK spreadsheet builds and input
 * methods turn into the ASCII ones.
 */
const columns: Localized[] = [
  localized('Reference', '编号'),
  localized('Source system', '发送方系统'),
  localized('Source lane', '发送方泳道'),
  localized('Target system', '接收方系统'),
  localized('Target lane', '接收方泳道'),
  localized('Direction', '方向'),
  localized('Data objects', '数据对象'),
  localized('Trigger', '触发方式'),
  localized('Frequency', '频率'),
  localized('Latency', '时效'),
  localized('Volume per day', '日数据量'),
  localized('Protocol', '协议'),
  localized('Specification', '规范'),
  localized('Security', '安全'),
  localized('Owner', '责任部门'),
  localized('Phase', '阶段'),
  localized('Core flow', '核心数据流'),
  localized('Business reason', '业务理由'),
  localized('Findings', '校验结果'),
];

/** The interface list of the diagram in one language, every text cell formula-safe. */
export function interfaceListRows(doc: ProjectDocument, language: Language): InterfaceList {
  const systems = systemIndex(doc);
  const findings = findingsByFlow(validateFlows(doc));
  const separator = language === 'en' ? '; ' : '；';
  const rows = doc.flows.flows.map((flow, i): InterfaceListCell[] => {
    const source = systems.get(flow.sourceId);
    const target = systems.get(flow.targetId);
    const own = findings.get(flow.id) ?? [];
    const cells: InterfaceListCell[] = [
      interfaceReference(i),
      source ? systemLabel(source)[language] : flow.sourceId,
      source ? laneLabels[source.lane][language] : '',
      target ? systemLabel(target)[language] : flow.targetId,
      target ? laneLabels[target.lane][language] : '',
      directionLabels[flow.direction][language],
      flow.objects.map((key) => objectLabel(doc, key)[language]).join(separator),
      triggerLabels[flow.trigger][language],
      flow.frequency,
      flow.latency,
      flow.volumePerDay ?? '',
      protocolLabels[flow.protocol],
      interfaceStyle(flow) === 'event' ? 'AsyncAPI 3.0' : 'OpenAPI 3.1',
      protocolSecurity[flow.protocol][language],
      flow.owner ? departmentLabels[flow.owner][language] : '',
      phaseLabel(doc, flow.phaseId),
      yesNo(flow.isCore)[language],
      flow.reason,
      own.map((f) => f.message[language]).join(separator),
    ];
    return cells.map((cell) => (typeof cell === 'string' ? safeCellText(cell) : cell));
  });
  return { header: columns.map((c) => safeCellText(c[language])), rows };
}

/**
 * The interface list as CSV (RFC 4180, CRLF line ends) with a UTF-8 byte order mark, without
 * which Excel opens Chinese text as mojibake.
 */
export function exportInterfaceListCsv(list: InterfaceList): string {
  return '\uFEFF' + Papa.unparse({ fields: list.header, data: list.rows }, { newline: '\r\n' });
}
