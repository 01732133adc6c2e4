import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  addRater,
  removeCandidate,
  removeCriterion,
  setScore,
  updateRater,
} from '../../../shared/decision/decision-edits.ts';
import { setJudgement } from '../../../shared/decision/weight-edits.ts';
import { mergeRaters } from '../../../shared/decision/merge-raters.ts';
import { setWeight } from '../../../shared/model/edits.ts';
import { checkReferences } from '../../../shared/model/references.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { blankDocument, deepFreeze, exampleDocument, sequentialIds } from '../shared/fixtures.ts';

const example = () => deepFreeze(exampleDocument());
const d = (doc: ProjectDocument) => doc.decision;
const qcScore = { raterId: 'rater-qc', subjectId: 'cand-saas', criterionId: 'crit-scalability' };
const find = (doc: ProjectDocument, key: typeof qcScore) =>
  d(doc).scores.filter(
    (s) =>
      s.raterId === key.raterId &&
      s.subjectId === key.subjectId &&
      s.criterionId === key.criterionId,
  );

/** A copy of the example as the QC manager sends it back, after `edit`. */
const theirCopy = (edit: (doc: ProjectDocument) => ProjectDocument) => deepFreeze(edit(example()));

describe('mergeRaters', () => {
  it('merging an identical copy changes no entity and keeps references valid', () => {
    const ours = example();
    const { document, report } = mergeRaters(ours, example(), sequentialIds());
    expect(d(document)).toEqual(d(ours));
    expect(report).toMatchObject({
      isSameProject: true,
      raters: { added: 0, updated: 4 },
      skippedCriterionIds: [],
      skippedSubjectIds: [],
    });
    expect(report.scores).toBe(d(ours).scores.length);
  });

  it.each<[string, (doc: ProjectDocument) => ProjectDocument, (doc: ProjectDocument) => void]>([
    [
      'their changed score replaces ours (same id)',
      (doc) => setScore(doc, qcScore, { value: 2, note: 'after the audit' }, sequentialIds('t')),
      (merged) =>
        expect(find(merged, qcScore)).toMatchObject([{ value: 2, note: 'after the audit' }]),
    ],
    [
      'their judgement of the reciprocal pair replaces ours',
      (doc) =>
        setJudgement(
          doc,
          'rater-it',
          'crit-initial-cost',
          'crit-maintenance-cost',
          1 / 5,
          sequentialIds('t'),
        ),
      (merged) => {
        const pair = d(merged).judgements.filter(
          (j) =>
            j.raterId === 'rater-it' &&
            [j.rowId, j.colId].sort().join() === 'crit-initial-cost,crit-maintenance-cost',
        );
        expect(pair).toMatchObject([{ rowId: 'crit-initial-cost', value: 1 / 5 }]);
      },
    ],
    [
      'their weight replaces ours',
      (doc) => setWeight(doc, 'rater-qc', 'crit-data-security', 60, sequentialIds('t')),
      (merged) =>
        expect(
          d(merged).weights.find(
            (w) => w.raterId === 'rater-qc' && w.criterionId === 'crit-data-security',
          )!.value,
        ).toBe(60),
    ],
    [
      'their renamed rater replaces ours',
      (doc) => updateRater(doc, 'rater-qc', { name: 'Wang Fang (QA director)' }),
      (merged) => expect(d(merged).raters[1]!.name).toBe('Wang Fang (QA director)'),
    ],
    [
      'a new rater of theirs is added with everything they entered',
      (doc) =>
        setScore(
          addRater(doc, { id: 'rater-warehouse', name: 'Zhao Lei', department: 'warehouse' }),
          { ...qcScore, raterId: 'rater-warehouse' },
          { value: 9 },
          sequentialIds('t'),
        ),
      (merged) => {
        expect(d(merged).raters.at(-1)!.id).toBe('rater-warehouse');
        expect(find(merged, { ...qcScore, raterId: 'rater-warehouse' })).toHaveLength(1);
      },
    ],
  ])('%s', (_, edit, check) => {
    const ours = example();
    const { document } = mergeRaters(ours, theirCopy(edit), sequentialIds('m'));
    check(document);
    expect(checkReferences(document)).toEqual([]);
    expect(d(document).scores.length).toBeGreaterThanOrEqual(d(ours).scores.length);
  });

  it('keeps our raters the other copy does not have, and their data', () => {
    const ours = deepFreeze(
      setScore(
        addRater(example(), { id: 'rater-finance', name: 'Sun Li', department: 'finance' }),
        { ...qcScore, raterId: 'rater-finance' },
        { value: 4 },
        sequentialIds('o'),
      ),
    );
    const { document } = mergeRaters(ours, example(), sequentialIds('m'));
    expect(find(document, { ...qcScore, raterId: 'rater-finance' })).toMatchObject([{ value: 4 }]);
  });

  it('a score for the same cell under another id replaces ours instead of duplicating it', () => {
    const ours = example();
    const theirs = deepFreeze({
      ...example(),
      decision: {
        ...d(example()),
        scores: d(example()).scores.map((s) =>
          s.raterId === 'rater-qc' ? { ...s, id: `their-${s.id}`, value: 1 } : s,
        ),
      },
    });
    const { document } = mergeRaters(ours, theirs, sequentialIds('m'));
    expect(find(document, qcScore)).toMatchObject([
      { id: `their-${find(ours, qcScore)[0]!.id}`, value: 1 },
    ]);
    expect(d(document).scores).toHaveLength(d(ours).scores.length);
    expect(checkReferences(document)).toEqual([]);
  });

  it('skips and reports criteria and subjects this project does not have', () => {
    const ours = deepFreeze(
      removeCandidate(removeCriterion(example(), 'crit-scalability'), 'cand-ipaas'),
    );
    const theirs = theirCopy((doc) =>
      addCriterion(doc, {
        id: 'crit-their-own',
        name: 'Label printing',
        builtin: '',
        parentId: null,
        direction: 'benefit',
        unit: '',
        scale: 'rating',
        scope: 'option',
      }),
    );
    const withTheirScore = deepFreeze(
      setScore(
        theirs,
        { ...qcScore, criterionId: 'crit-their-own' },
        { value: 5 },
        sequentialIds('t'),
      ),
    );
    const { document, report } = mergeRaters(ours, withTheirScore, sequentialIds('m'));
    expect(report.skippedCriterionIds.sort()).toEqual(['crit-scalability', 'crit-their-own']);
    expect(report.skippedSubjectIds).toEqual(['cand-ipaas']);
    expect(checkReferences(document)).toEqual([]);
    expect(d(document).scores.some((s) => s.subjectId === 'cand-ipaas')).toBe(false);
  });

  it('renews an id of theirs that collides with another entity of ours', () => {
    const ours = example();
    const theirs = theirCopy((doc) =>
      addRater(doc, { id: 'cand-saas', name: 'Odd id', department: 'other' }),
    );
    const { document, report } = mergeRaters(ours, theirs, sequentialIds('new'));
    expect(report.raters.added).toBe(1);
    expect(d(document).raters.at(-1)).toMatchObject({ id: 'new-1', name: 'Odd id' });
    expect(checkReferences(document)).toEqual([]);
  });

  it('reports a copy of another project; a copy without raters changes nothing', () => {
    const ours = example();
    const other = deepFreeze(blankDocument());
    const { document, report } = mergeRaters(ours, other, sequentialIds());
    expect(report.isSameProject).toBe(false);
    expect(document).toBe(ours);
  });
});
