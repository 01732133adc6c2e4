import type { Department, Member, ProjectDocument } from '../model/schema.ts';

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
