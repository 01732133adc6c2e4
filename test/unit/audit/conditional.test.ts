import { describe, expect, it } from 'vitest';
import { loadQuestionnaire, presetFor } from '../../../shared/audit/catalog.ts';
import { preconditions, recommendations } from '../../../shared/audit/findings.ts';
import { assessReadiness, indexAnswers, isVisible } from '../../../shared/audit/readiness.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { auditDoc, dimension, na, question, unknown, type AnswerInput } from './audit-fixtures.ts';

/**
 * Conditional questions: label printing and unit-level capture only matter for serial-level
 * traceability; the two-way question only once there is must-flow data to make two-way.
 */

const questionnaire = loadQuestionnaire('en');
const SERIAL = ['goal.serial-labels', 'goal.serial-capture'];

const visible = (doc: ProjectDocument, id: string) =>
  isVisible(question(id), indexAnswers(doc.audit.answers));

/** Goal answered in full, serial questions included (serial-labels 1, serial-capture 50%). */
const goalAnswers = (granularity: AnswerInput): Record<string, AnswerInput> => ({
  'goal.granularity': granularity,
  'goal.trace-time': 3, //          g 2
  'goal.target': 'defined', //      4, g 1
  'goal.serial-labels': 1, //       g 1
  'goal.serial-capture': 50, //     2.5, g 1
});

describe('serial-level questions', () => {
  it.each([
    // granularity, shown?, applicable, readiness
    ['lot', false, 2, ((3 * 2 + 4) / 3) * 20], //                      10/3 → 66.67
    ['serial', true, 4, ((3 * 2 + 4 + 1 + 2.5) / 5) * 20], //          13.5/5 → 54
    ['mixed', true, 4, ((3 * 2 + 4 + 1 + 2.5) / 5) * 20],
  ] as const)('granularity %s: shown %s', (granularity, isShown, applicable, readiness) => {
    const doc = auditDoc(goalAnswers(granularity));
    for (const id of SERIAL) expect(visible(doc, id), id).toBe(isShown);
    const row = dimension(assessReadiness(doc, questionnaire, undefined), 'goal');
    expect(row.applicable).toBe(applicable);
    expect(row.answered).toBe(applicable);
    expect(row.readiness).toBeCloseTo(readiness, 10);
    const advised = recommendations(doc, questionnaire, undefined).map((r) => r.questionId);
    expect(SERIAL.filter((id) => advised.includes(id))).toEqual(isShown ? SERIAL : []);
  });

  it.each([
    ['unanswered', undefined],
    ['“don’t know”', unknown],
    ['not applicable', na],
  ])('stay hidden while granularity is %s', (_name, granularity) => {
    const answers = goalAnswers('lot');
    if (granularity === undefined) delete answers['goal.granularity'];
    else answers['goal.granularity'] = granularity;
    const doc = auditDoc(answers);
    for (const id of SERIAL) expect(visible(doc, id)).toBe(false);
    expect(dimension(assessReadiness(doc, questionnaire, undefined), 'goal').applicable).toBe(2);
  });

  it('are not counted as open or unknown when hidden', () => {
    const doc = auditDoc({ 'goal.granularity': 'lot', 'goal.serial-labels': unknown });
    const row = dimension(assessReadiness(doc, questionnaire, undefined), 'goal');
    expect(row.unknownQuestionIds).toEqual([]);
    expect(row.openQuestionIds).toEqual(['goal.trace-time', 'goal.target']);
    expect(row.confidence).toBe(0);
  });

  it('weigh double under the pharma preset once shown', () => {
    // pharma: serial-labels × 2, serial-capture × 2 → (3·2 + 4·1 + 1·2 + 2.5·2)/7 = 17/7
    const doc = auditDoc(goalAnswers('serial'), { industry: 'pharma' });
    const row = dimension(assessReadiness(doc, questionnaire, presetFor('pharma', 'en')), 'goal');
    expect(row.readiness).toBeCloseTo((17 / 7) * 20, 10);
  });
});

describe('two-way flows', () => {
  it.each([
    ['unanswered', {}, false],
    ['an empty selection', { 'flows.must-flow': [] }, false],
    ['“don’t know”', { 'flows.must-flow': unknown }, false],
    ['not applicable', { 'flows.must-flow': na }, false],
    ['one object', { 'flows.must-flow': ['material-master'] }, true],
    ['many objects', { 'flows.must-flow': ['work-order', 'shipment', 'routing'] }, true],
  ] as const)('flows.two-way with must-flow %s: shown %s', (_name, answers, isShown) => {
    const doc = auditDoc(answers);
    expect(visible(doc, 'flows.two-way')).toBe(isShown);
  });

  it('asks for a reason only once a flow is two-way', () => {
    const base = { 'flows.must-flow': ['inspection-result'] };
    expect(visible(auditDoc(base), 'flows.two-way-reason')).toBe(false);
    expect(visible(auditDoc({ ...base, 'flows.two-way': [] }), 'flows.two-way-reason')).toBe(false);
    expect(
      visible(
        auditDoc({ ...base, 'flows.two-way': ['inspection-result'] }),
        'flows.two-way-reason',
      ),
    ).toBe(true);
  });

  it('shows every unconditional question whatever the answers', () => {
    const doc = auditDoc({});
    const hidden = questionnaire.sections
      .flatMap((s) => s.questions)
      .filter((q) => !isVisible(q, indexAnswers(doc.audit.answers)))
      .map((q) => q.id);
    expect(hidden).toEqual([...SERIAL, 'flows.two-way', 'flows.two-way-reason']);
    expect(preconditions(doc, questionnaire)).toEqual([]);
  });
});
