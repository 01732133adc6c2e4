import { CUSTOMER_CONFIRMATION_OBJECTS, SUPPLIER_LOT_OBJECTS } from '../flows/chain-objects.ts';
import { departmentLabels } from '../i18n/glossary.ts';
import { systemKindLabels } from '../flows/system-kinds.ts';
import type { Department, Language, Member, ProjectDocument } from '../model/schema.ts';
import { indexAnswers, selectedOptions } from './readiness.ts';

/**
 * What the self-audit's advice may say about this project: who is in the task force (the answer,
 * the rollout team and the raters of step 2), who could take a role, and which suppliers and
 * customers of the diagram do not yet exchange lot data. Advice names only these — never a fixed
 * list of departments or partners.
 */

/** The departments the model wants in the task force beside the senior lead (step 3). */
export const TASK_FORCE_DEPARTMENTS = [
  'it',
  'production',
  'procurement',
  'qc',
  'warehouse',
] as const satisfies readonly Department[];

/** The business departments (not IT) that must state the needs and accept the results. */
export const BUSINESS_DEPARTMENTS = [
  'production',
  'procurement',
  'qc',
  'warehouse',
] as const satisfies readonly Department[];

/**
 * Every department the project shows in its task force: ticked in the audit answer, or with a
 * member in the rollout team, or a rater in step 2.
 */
export function taskForceDepartments(doc: ProjectDocument): ReadonlySet<Department> {
  const ticked = selectedOptions(indexAnswers(doc.audit.answers).get('gov.task-force'));
  return new Set<Department>([
    ...TASK_FORCE_DEPARTMENTS.filter((d) => ticked.includes(d)),
    ...(ticked.includes('management') ? (['management'] as const) : []),
    ...doc.rollout.team.map((m) => m.department),
    ...doc.decision.raters.map((r) => r.department),
  ]);
}

/** The required departments the project does not show yet, in the model's order. */
export function missingDepartments(doc: ProjectDocument): Department[] {
  const present = taskForceDepartments(doc);
  return TASK_FORCE_DEPARTMENTS.filter((d) => !present.has(d));
}

/** Rollout-team members of these departments, leads and business owners first. */
export function membersOf(doc: ProjectDocument, departments: readonly Department[]): Member[] {
  const rank = { sponsor: 0, lead: 1, 'business-owner': 2, member: 3 } as const;
  return doc.rollout.team
    .filter((m) => departments.includes(m.department) && m.name.trim() !== '')
    .sort((a, b) => rank[a.role] - rank[b.role]);
}

/** A department's name in running text ("QC" and "品控", as the questionnaire writes them). */
export const departmentName = (department: Department, language: Language) => {
  if (department === 'qc' && language === 'en') return 'QC';
  const label = departmentLabels[department][language];
  return label === label.toUpperCase() ? label : label.toLowerCase(); // "IT" stays "IT"
};

/** "A, B and C" / "A、B和C". */
export function joinNames(names: readonly string[], language: Language, or = false): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1]!;
  const head = names.slice(0, -1);
  return language === 'zh-CN'
    ? `${head.join('、')}${or ? '或' : '和'}${last}`
    : `${head.join(', ')} ${or ? 'or' : 'and'} ${last}`;
}

/** Departments as running text: "production, procurement and warehouse". */
export const departmentList = (departments: readonly Department[], language: Language) =>
  joinNames(
    departments.map((d) => departmentName(d, language)),
    language,
  );

/**
 * Members as running text, each with their department — "Wang Fang (QC)" — unless the name
 * already says what the person does ("Wang Fang (QC manager)").
 */
export const memberList = (members: readonly Member[], language: Language, or = false) =>
  joinNames(
    members.map((m) => {
      const name = m.name.trim();
      if (/[(（]/.test(name)) return name;
      const department = departmentName(m.department, language);
      return language === 'zh-CN' ? `${name}（${department}）` : `${name} (${department})`;
    }),
    language,
    or,
  );

type Lane = 'upstream' | 'downstream';

/**
 * Names of the diagram's suppliers (upstream) that send no lot data, or customers (downstream)
 * that send no receipt confirmation — leaving out partners decided out of scope with a reason.
 */
export function partnersWithoutLotData(
  doc: ProjectDocument,
  lane: Lane,
  language: Language,
): string[] {
  const needed = lane === 'upstream' ? SUPPLIER_LOT_OBJECTS : CUSTOMER_CONFIRMATION_OBJECTS;
  const sends = (id: string) =>
    doc.flows.flows.some(
      (f) =>
        (f.sourceId === id || (f.direction === 'two-way' && f.targetId === id)) &&
        f.objects.some((o) => needed.includes(o)),
    );
  return doc.flows.systems
    .filter((s) => s.lane === lane)
    .filter((s) => !(s.isOutOfScope && s.outOfScopeReason.trim() !== ''))
    .filter((s) => !sends(s.id))
    .map((s) => s.name.trim() || systemKindLabels[s.kind][language]);
}
