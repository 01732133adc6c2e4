import type { Department, Member, ProjectDocument } from '../model/schema.ts';

/**
 * Who is on which side of the model's rule "business states needs and accepts results, IT
 * implements, a senior manager leads" (three-step model, step 3). Shared by the team checks,
 * the gate status and the sign-off choices in the Gates tab.
 */

/**
 * Departments that accept results: the business side. IT implements, an outside vendor builds,
 * suppliers and customers are partners, and `other` is not known to be either — none of them
 * can accept on the plant's behalf.
 */
export const businessDepartments: readonly Department[] = [
  'management',
  'production',
  'procurement',
  'qc',
  'warehouse',
  'finance',
];

/** The departments the model names for the task force, in the order it names them. */
export const requiredDepartments: readonly Department[] = [
  'it',
  'production',
  'procurement',
  'qc',
  'warehouse',
];

/** Whether this member may accept results (sign a UAT) for the business. */
export const isBusinessMember = (member: Member | undefined): boolean =>
  member !== undefined && businessDepartments.includes(member.department);

/** The task force by member id. */
export const membersById = (doc: ProjectDocument): ReadonlyMap<string, Member> =>
  new Map(doc.rollout.team.map((m) => [m.id, m]));

/** A member's display name: the name, or the id when the name is blank. */
export const memberName = (member: Member | undefined, id: string): string =>
  member?.name.trim() || id;
