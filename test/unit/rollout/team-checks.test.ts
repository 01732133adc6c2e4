import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import {
  ACCOUNTABLE_ROWS_FULL_TIME,
  accountableCapacity,
} from '../../../shared/rollout/raci-checks.ts';
import { teamFindings, workstreamsByPhase } from '../../../shared/rollout/team-checks.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { member, phase, row, task, teamDocument } from './team-fixtures.ts';

const base = teamDocument();
const withTeam = (drop: string[]) => base.rollout.team.filter((m) => !drop.includes(m.id));

type Case = {
  rule: string;
  name: string;
  doc: ProjectDocument;
  /** The finding expected (target and words it must name), or `null` when the rule is met. */
  expected: { target: { kind: string; id: string | null }; en: string[]; zh: string[] } | null;
};

const cases: Case[] = [
  { rule: 'team.no-sponsor', name: 'a sponsor', doc: base, expected: null },
  {
    rule: 'team.no-sponsor',
    name: 'nobody is sponsor',
    doc: teamDocument({
      team: [...withTeam(['sponsor']), member('dir', 'management', 'lead')],
    }),
    expected: { target: { kind: 'team', id: null }, en: ['sponsor'], zh: ['发起人'] },
  },
  { rule: 'team.department-missing', name: 'all five', doc: base, expected: null },
  {
    rule: 'team.department-missing',
    name: 'no procurement, no warehouse',
    doc: teamDocument({ team: withTeam(['proc', 'wh']) }),
    expected: {
      target: { kind: 'team', id: null },
      en: ['nobody from Procurement, Warehouse'],
      zh: ['采购、仓储'],
    },
  },
  {
    rule: 'phase.no-business-acceptor',
    name: 'production owns the UAT item',
    doc: base,
    expected: null,
  },
  {
    rule: 'phase.no-business-acceptor',
    name: 'a business member A on the UAT task, no UAT item',
    doc: teamDocument({
      phases: [phase('p1')],
      tasks: [task({ id: 't', phaseId: 'p1', kind: 'uat', raci: [{ memberId: 'qc', role: 'A' }] })],
    }),
    expected: null,
  },
  {
    rule: 'phase.no-business-acceptor',
    name: 'a business member signed the UAT item',
    doc: teamDocument({
      phases: [
        phase('p1', [{ id: 'g', kind: 'uat', signedOffById: 'wh', signedOffOn: '2027-02-01' }]),
      ],
    }),
    expected: null,
  },
  {
    rule: 'phase.no-business-acceptor',
    name: 'the second phase has no UAT at all',
    doc: teamDocument({
      phases: [...base.rollout.phases, phase('p2', [{ id: 'g2', kind: 'record-counts' }])],
    }),
    expected: { target: { kind: 'phase', id: 'p2' }, en: ['p2 name'], zh: ['p2 name'] },
  },
  { rule: 'uat.it-accountable', name: 'production owns the UAT', doc: base, expected: null },
  {
    rule: 'uat.it-accountable',
    name: 'IT owns the UAT item',
    doc: teamDocument({ phases: [phase('p1', [{ id: 'g-uat', kind: 'uat', ownerId: 'it' }])] }),
    expected: { target: { kind: 'gate-item', id: 'g-uat' }, en: ['it name (IT)'], zh: ['it name'] },
  },
  {
    rule: 'uat.it-accountable',
    name: 'IT is A on the UAT task',
    doc: teamDocument({
      tasks: [
        task({ id: 't-uat', phaseId: 'p1', kind: 'uat', raci: [{ memberId: 'it', role: 'A' }] }),
      ],
    }),
    expected: { target: { kind: 'task', id: 't-uat' }, en: ['it name'], zh: ['it name'] },
  },
  {
    rule: 'uat.it-accountable',
    name: 'IT is A on a build task (not an acceptance)',
    doc: teamDocument({
      tasks: [
        task({
          id: 't-b',
          phaseId: 'p1',
          kind: 'interface-build',
          raci: [{ memberId: 'it', role: 'A' }],
        }),
      ],
    }),
    expected: null,
  },
  { rule: 'raci.empty-row', name: 'a filled row', doc: base, expected: null },
  {
    rule: 'raci.empty-row',
    name: 'a row with no letters',
    doc: teamDocument({ workstreams: [...base.rollout.workstreams, row('ws2', [])] }),
    expected: { target: { kind: 'workstream', id: 'ws2' }, en: ['ws2 name'], zh: ['ws2 name'] },
  },
  { rule: 'raci.accountable-count', name: 'one A', doc: base, expected: null },
  {
    rule: 'raci.accountable-count',
    name: 'no A',
    doc: teamDocument({ workstreams: [row('ws1', [['it', 'R']])] }),
    expected: {
      target: { kind: 'workstream', id: 'ws1' },
      en: ['no Accountable'],
      zh: ['没有负责人'],
    },
  },
  {
    rule: 'raci.accountable-count',
    name: 'two A',
    doc: teamDocument({
      workstreams: [
        row('ws1', [
          ['it', 'R'],
          ['prod', 'A'],
          ['qc', 'A'],
        ]),
      ],
    }),
    expected: {
      target: { kind: 'workstream', id: 'ws1' },
      en: ['2 Accountables (prod name, qc name)'],
      zh: ['prod name、qc name'],
    },
  },
  { rule: 'raci.no-responsible', name: 'an R', doc: base, expected: null },
  {
    rule: 'raci.no-responsible',
    name: 'only A and C',
    doc: teamDocument({
      workstreams: [
        row('ws1', [
          ['prod', 'A'],
          ['it', 'C'],
        ]),
      ],
    }),
    expected: { target: { kind: 'workstream', id: 'ws1' }, en: ['ws1 name'], zh: ['ws1 name'] },
  },
  {
    rule: 'raci.overloaded',
    name: 'half-time member A on two rows (capacity 2)',
    doc: teamDocument({
      team: [...withTeam(['prod']), member('prod', 'production', 'business-owner', 0.5)],
      workstreams: ['a', 'b'].map((id) =>
        row(id, [
          ['it', 'R'],
          ['prod', 'A'],
        ]),
      ),
    }),
    expected: null,
  },
  {
    rule: 'raci.overloaded',
    name: 'half-time member A on three rows',
    doc: teamDocument({
      team: [...withTeam(['prod']), member('prod', 'production', 'business-owner', 0.5)],
      workstreams: ['a', 'b', 'c'].map((id) =>
        row(id, [
          ['it', 'R'],
          ['prod', 'A'],
        ]),
      ),
    }),
    expected: {
      target: { kind: 'member', id: 'prod' },
      en: ['prod name is Accountable for 3 rows', 'at 50% of their time can carry 2'],
      zh: ['3 行', '50%', '2 行'],
    },
  },
];

describe('team and RACI rules', () => {
  it.each(cases)('$rule — $name', ({ rule, doc, expected }) => {
    const found = teamFindings(doc).filter((f) => f.id === rule);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding?.target).toEqual(expected.target);
    for (const words of expected.en) expect(finding?.message.en).toContain(words);
    for (const words of expected.zh) expect(finding?.message['zh-CN']).toContain(words);
    expect(finding?.fix.en).not.toBe('');
    expect(finding?.fix['zh-CN']).not.toBe('');
  });

  it('the base team has no findings at all', () => {
    expect(teamFindings(base)).toEqual([]);
  });

  it('an empty row is not also reported as missing its A and R', () => {
    const doc = teamDocument({ workstreams: [row('ws1', [])] });
    expect(teamFindings(doc).map((f) => f.id)).toEqual(['raci.empty-row']);
  });

  it('an empty project reports the missing sponsor and all five departments', () => {
    const doc = teamDocument({ team: [], phases: [], workstreams: [] });
    const ids = teamFindings(doc).map((f) => f.id);
    expect(ids).toEqual(['team.no-sponsor', 'team.department-missing']);
    expect(teamFindings(doc)[1]?.message.en).toContain(
      'IT, Production, Procurement, Quality control, Warehouse',
    );
  });

  it('the worked example names only what it really lacks', () => {
    const doc = exampleDocument();
    const ids = new Set(teamFindings(doc).map((f) => f.id));
    // Its team has a sponsor and every department the model names.
    expect(ids.has('team.no-sponsor')).toBe(false);
    expect(ids.has('team.department-missing')).toBe(false);
  });
});

describe('accountable capacity: ceil(availability × 4) rows', () => {
  it.each([
    [1, ACCOUNTABLE_ROWS_FULL_TIME],
    [0.5, 2],
    [0.3, 2],
    [0.25, 1],
    [0.1, 1],
    [0, 0],
    [1.5, 4],
  ])('availability %d carries %d rows', (availability, rows) => {
    expect(accountableCapacity(availability)).toBe(rows);
  });
});

describe('workstreamsByPhase', () => {
  it('groups rows by the plan’s phase order and puts unphased rows last', () => {
    const doc = teamDocument({
      phases: [phase('p1'), phase('p2')],
      workstreams: [
        row('x', [], null),
        row('b', [], 'p2'),
        row('a', [], 'p1'),
        row('y', [], 'gone'),
      ],
    });
    expect(workstreamsByPhase(doc).map((g) => [g.phaseId, g.workstreams.map((w) => w.id)])).toEqual(
      [
        ['p1', ['a']],
        ['p2', ['b']],
        [null, ['x', 'y']],
      ],
    );
  });
});
