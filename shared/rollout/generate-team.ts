import type { Localized } from '../i18n/localized.ts';
import type {
  Department,
  Member,
  Phase,
  ProjectDocument,
  RaciCell,
  Workstream,
} from '../model/schema.ts';
import { workstreamTexts } from './generate-text.ts';

/**
 * Who the generated plan makes accountable and responsible, picked from the task force by role
 * and department, following the model's rule "business states needs and accepts results, IT
 * implements, a senior manager leads" (three-step model, step 3). `null` when nobody fits.
 */
export type TeamPicks = {
  sponsor: string | null;
  lead: string | null;
  it: string | null;
  qc: string | null;
  production: string | null;
  procurement: string | null;
  warehouse: string | null;
  finance: string | null;
  /** Accountable for master data: procurement or warehouse (business), else the lead. */
  data: string | null;
  /** Signs UAT: a business owner, production first. */
  acceptor: string | null;
};

const BUSINESS_ACCEPTORS: readonly Department[] = ['production', 'qc', 'warehouse', 'procurement'];

/** Picks the members the generator assigns, preferring business owners within a department. */
export function pickMembers(doc: ProjectDocument): TeamPicks {
  const team = doc.rollout.team;
  const inDepartment = (department: Department): Member | undefined =>
    team.find((m) => m.department === department && m.role === 'business-owner') ??
    team.find((m) => m.department === department);
  const id = (member: Member | undefined) => member?.id ?? null;
  const sponsor = id(team.find((m) => m.role === 'sponsor'));
  const lead = id(team.find((m) => m.role === 'lead')) ?? sponsor;
  const owner = (department: Department) => id(inDepartment(department));
  const acceptor =
    BUSINESS_ACCEPTORS.map((d) =>
      team.find((m) => m.department === d && m.role === 'business-owner'),
    ).find((m) => m !== undefined)?.id ?? lead;
  return {
    sponsor,
    lead,
    it: owner('it') ?? lead,
    qc: owner('qc') ?? lead,
    production: owner('production') ?? acceptor,
    procurement: owner('procurement') ?? lead,
    warehouse: owner('warehouse') ?? null,
    finance: owner('finance') ?? lead,
    data: owner('procurement') ?? owner('warehouse') ?? lead,
    acceptor,
  };
}

/** The RACI rows: one accountable and at least one responsible member each, from the team. */
export function makeWorkstreams(
  doc: ProjectDocument,
  phases: readonly Phase[],
  team: TeamPicks,
  say: (text: Localized) => string,
  context: { newId: () => string },
): Workstream[] {
  const rows: [keyof typeof workstreamTexts, number | null, (string | null)[], string | null][] = [
    // key, phase index, [R…], A
    ['pm', null, [team.lead], team.sponsor],
    ['data', 0, [team.it, team.warehouse], team.data],
    ['interfaces', null, [team.it], team.lead],
    ['lines', null, [team.it, team.production], team.production],
    ['training', null, [team.lead, team.warehouse], team.production],
    ['acceptance', null, [team.qc], team.acceptor],
    ['partners', 2, [team.it], team.procurement],
    ['finance', 2, [team.it], team.finance],
  ];
  return rows.map(([key, phaseIndex, responsible, accountable]) => {
    const name = say(workstreamTexts[key]);
    const raci: RaciCell[] = [];
    if (accountable) raci.push({ memberId: accountable, role: 'A' });
    for (const memberId of new Set(responsible)) {
      if (memberId && memberId !== accountable) raci.push({ memberId, role: 'R' });
    }
    if (accountable && !raci.some((c) => c.role === 'R'))
      raci.push({ memberId: accountable, role: 'R' });
    return {
      id: doc.rollout.workstreams.find((w) => w.name === name)?.id ?? context.newId(),
      name,
      phaseId: phaseIndex === null ? null : (phases[phaseIndex]?.id ?? null),
      raci,
    };
  });
}
