import {
  gateSchema,
  memberSchema,
  phaseSchema,
  riskSchema,
  taskSchema,
  trainingSchema,
  workstreamSchema,
  type ProjectDocument,
  type Rollout,
} from '../../../shared/model/schema.ts';
import { blankDocument } from '../shared/fixtures.ts';

/**
 * A small task force that satisfies every team rule: a sponsor, the five departments the model
 * names, one phase whose UAT item is owned by the production manager, and a RACI row with one A
 * and one R. Tests break one thing at a time from here.
 */
export const member = (id: string, department: string, role = 'member', availability = 1) =>
  memberSchema.parse({ id, name: `${id} name`, department, role, availability });

export const gateItem = (fields: Record<string, unknown>) =>
  gateSchema.parse({ text: String(fields.id), ...fields });

export const phase = (id: string, gates: Record<string, unknown>[] = []) =>
  phaseSchema.parse({ id, name: `${id} name`, gates: gates.map(gateItem) });

export const row = (id: string, raci: [string, string][], phaseId: string | null = 'p1') =>
  workstreamSchema.parse({
    id,
    name: `${id} name`,
    phaseId,
    raci: raci.map(([memberId, role]) => ({ memberId, role })),
  });

export const task = (fields: Record<string, unknown>) => taskSchema.parse(fields);
export const risk = (fields: Record<string, unknown>) => riskSchema.parse(fields);
export const training = (fields: Record<string, unknown>) => trainingSchema.parse(fields);

export function teamDocument(patch: Partial<Rollout> = {}): ProjectDocument {
  const doc = blankDocument();
  return {
    ...doc,
    rollout: {
      ...doc.rollout,
      team: [
        member('sponsor', 'management', 'sponsor'),
        member('it', 'it'),
        member('prod', 'production', 'business-owner'),
        member('proc', 'procurement'),
        member('qc', 'qc', 'lead'),
        member('wh', 'warehouse'),
      ],
      phases: [phase('p1', [{ id: 'g-uat', kind: 'uat', ownerId: 'prod' }])],
      workstreams: [
        row('ws1', [
          ['it', 'R'],
          ['prod', 'A'],
        ]),
      ],
      ...patch,
    },
  };
}
