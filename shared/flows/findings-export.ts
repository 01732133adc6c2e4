import { localized, type Localized } from '../i18n/localized.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import type { FlowFinding, FlowFindingSeverity, FlowRuleId } from './findings.ts';
import { systemIndex, systemLabel } from './flow-labels.ts';
import { validateFlows } from './validate.ts';

/**
 * The diagram's findings as data that travels with the files — the diagram model export and
 * `traceready spec --json` — so a reviewer sees them without the app. Derived, never read back:
 * importers ignore this section.
 */

/** One finding in a file: the rule, the element it is about (id and name), severity, message, fix. */
export type ExportedFinding = {
  rule: FlowRuleId;
  severity: FlowFindingSeverity;
  element: { kind: FlowFinding['target']['kind']; id: string | null; name: Localized | null };
  message: Localized;
  fix: Localized;
};

/** {@link ExportedFinding} in one language, for command-line output. */
export type ExportedFindingText = Omit<ExportedFinding, 'element' | 'message' | 'fix'> & {
  element: { kind: FlowFinding['target']['kind']; id: string | null; name: string | null };
  message: string;
  fix: string;
};

/** The findings of a project's diagram, each with the name of the element it points at. */
export function exportedFindings(doc: ProjectDocument): ExportedFinding[] {
  const systems = systemIndex(doc);
  const nameOfSystem = (id: string) => {
    const system = systems.get(id);
    return system ? systemLabel(system) : localized(id, id);
  };
  const nameOf = (target: FlowFinding['target']): Localized | null => {
    if (target.id === null) return null;
    if (target.kind === 'system') return nameOfSystem(target.id);
    const flow = doc.flows.flows.find((f) => f.id === target.id);
    if (!flow) return localized(target.id, target.id);
    const [from, to] = [nameOfSystem(flow.sourceId), nameOfSystem(flow.targetId)];
    const arrow = flow.direction === 'two-way' ? '↔' : '→';
    return localized(`${from.en} ${arrow} ${to.en}`, `${from['zh-CN']} ${arrow} ${to['zh-CN']}`);
  };
  return validateFlows(doc).map((finding) => ({
    rule: finding.id,
    severity: finding.severity,
    element: { kind: finding.target.kind, id: finding.target.id, name: nameOf(finding.target) },
    message: finding.message,
    fix: finding.fix,
  }));
}

/** The exported findings in one language. */
export function findingsInLanguage(
  findings: readonly ExportedFinding[],
  language: Language,
): ExportedFindingText[] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    element: { ...f.element, name: f.element.name?.[language] ?? null },
    message: f.message[language],
    fix: f.fix[language],
  }));
}
