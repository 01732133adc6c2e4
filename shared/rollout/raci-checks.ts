import { localized } from '../i18n/localized.ts';
import type { ProjectDocument, Workstream } from '../model/schema.ts';
import type { RolloutFinding } from './team-checks.ts';
import { memberName, membersById } from './team-roles.ts';

/**
 * The RACI matrix checks: every row (workstream) has exactly one Accountable and at least one
 * Responsible, no row is empty, and nobody is Accountable for more rows than their share of
 * time can carry.
 */

/**
 * Rows one full-time member can be Accountable for. Our rule of thumb, not a published norm:
 * an accountable person signs off, unblocks and answers for the row every week, and beyond
 * about four workstreams at a time that stops happening. Part-time members carry
 * `ceil(availability × 4)` rows: 50 % → 2, 25 % → 1, 0 % → none.
 */
export const ACCOUNTABLE_ROWS_FULL_TIME = 4;

/** The most rows a member with this availability (0–1) can be Accountable for. */
export const accountableCapacity = (availability: number): number => {
  const share = Math.max(0, Math.min(1, availability));
  // The epsilon keeps 0.5 × 4 = 2 from rounding up on a float error; `|| 0` turns −0 into 0.
  return Math.ceil(share * ACCOUNTABLE_ROWS_FULL_TIME - 1e-9) || 0;
};

const rowName = (w: Workstream) => w.name.trim() || w.id;

function rowFindings(doc: ProjectDocument, row: Workstream): RolloutFinding[] {
  const members = membersById(doc);
  const target = { kind: 'workstream', id: row.id } as const;
  const name = rowName(row);
  if (row.raci.length === 0) {
    return [
      {
        id: 'raci.empty-row',
        severity: 'warning',
        target,
        message: localized(
          `"${name}" has nobody in the RACI matrix.`,
          `“${name}”在 RACI 矩阵中没有任何人。`,
        ),
        fix: localized(
          'Mark who does the work (R) and the one person who answers for it (A), or remove the row.',
          '标出执行人（R）和唯一的负责人（A），或删除这一行。',
        ),
      },
    ];
  }
  const findings: RolloutFinding[] = [];
  const accountable = row.raci.filter((c) => c.role === 'A').map((c) => c.memberId);
  if (accountable.length !== 1) {
    const names = accountable.map((id) => memberName(members.get(id), id));
    findings.push({
      id: 'raci.accountable-count',
      severity: 'warning',
      target,
      message:
        accountable.length === 0
          ? localized(
              `"${name}" has no Accountable (A): nobody answers for it.`,
              `“${name}”没有负责人（A）：无人对其结果负责。`,
            )
          : localized(
              `"${name}" has ${accountable.length} Accountables (${names.join(', ')}): exactly one person answers for a row.`,
              `“${name}”有 ${accountable.length} 个负责人（${names.join('、')}）：每行只能有一个负责人。`,
            ),
      fix:
        accountable.length === 0
          ? localized(
              'Set one member to A — usually the business owner who accepts the result.',
              '将一位成员设为 A，通常是验收结果的业务负责人。',
            )
          : localized(`Keep one A and make the others R or C.`, `保留一个 A，其余改为 R 或 C。`),
    });
  }
  if (!row.raci.some((c) => c.role === 'R')) {
    findings.push({
      id: 'raci.no-responsible',
      severity: 'warning',
      target,
      message: localized(
        `"${name}" has no Responsible (R): nobody does the work.`,
        `“${name}”没有执行人（R）：无人实际完成这项工作。`,
      ),
      fix: localized('Set at least one member to R.', '至少将一位成员设为 R。'),
    });
  }
  return findings;
}

function overloadFindings(doc: ProjectDocument): RolloutFinding[] {
  return doc.rollout.team.flatMap((member): RolloutFinding[] => {
    const rows = doc.rollout.workstreams.filter((w) =>
      w.raci.some((c) => c.memberId === member.id && c.role === 'A'),
    );
    const capacity = accountableCapacity(member.availability);
    if (rows.length <= capacity) return [];
    const who = memberName(member, member.id);
    const percent = Math.round(member.availability * 100);
    return [
      {
        id: 'raci.overloaded',
        severity: 'warning',
        target: { kind: 'member', id: member.id },
        message: localized(
          `${who} is Accountable for ${rows.length} rows but at ${percent}% of their time can carry ${capacity} (${ACCOUNTABLE_ROWS_FULL_TIME} rows per full-time person).`,
          `${who} 是 ${rows.length} 行的负责人（A），但按 ${percent}% 的投入只能承担 ${capacity} 行（全职每人 ${ACCOUNTABLE_ROWS_FULL_TIME} 行）。`,
        ),
        fix: localized(
          `Hand ${rows.length - capacity} of these rows to another member, or raise ${who}'s availability.`,
          `将其中 ${rows.length - capacity} 行交给其他成员，或提高 ${who} 的投入比例。`,
        ),
      },
    ];
  });
}

/** The RACI findings: each row in order, then members Accountable beyond their capacity. */
export function raciFindings(doc: ProjectDocument): RolloutFinding[] {
  return [
    ...doc.rollout.workstreams.flatMap((row) => rowFindings(doc, row)),
    ...overloadFindings(doc),
  ];
}
