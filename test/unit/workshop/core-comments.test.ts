import { describe, expect, it } from 'vitest';
import { projectSchema, type Comment } from '../../../shared/model/schema.ts';
import {
  COMMENT_MAX_LENGTH,
  addComment,
  commentTargets,
  commentsOn,
} from '../../../shared/workshop/comments.ts';
import { exampleDocument } from '../shared/fixtures.ts';

const comment = (text: string): Comment => ({
  id: 'c-1',
  targetKind: 'flow',
  targetId: 'flow-material-master',
  authorRaterId: null,
  authorName: 'Lead',
  text,
  createdAt: '2027-01-01T00:00:00Z',
});

describe('addComment', () => {
  it('takes the limit from the schema (commentSchema.text: 2000 characters)', () => {
    expect(COMMENT_MAX_LENGTH).toBe(2000);
  });

  it.each([
    { name: 'trimmed', text: '  Check the lot field  ', stored: 'Check the lot field' },
    { name: 'cut at the limit', text: 'x'.repeat(2500), stored: 'x'.repeat(2000) },
    {
      name: 'cut before a surrogate pair that straddles the limit',
      text: `${'x'.repeat(1999)}😀 more`,
      stored: 'x'.repeat(1999),
    },
  ])('stores the text $name, and the document still parses', ({ text, stored }) => {
    const doc = addComment(exampleDocument(), comment(text));
    expect(
      commentsOn(doc, { kind: 'flow', id: 'flow-material-master' }).map((c) => c.text),
    ).toEqual([stored]);
    expect(projectSchema.safeParse(doc).success).toBe(true);
  });

  it('leaves the document as it is for a blank comment', () => {
    const doc = exampleDocument();
    expect(addComment(doc, comment(' \n\t '))).toBe(doc);
  });
});

describe('commentTargets', () => {
  it('labels flows by their route, an unnamed system by its kind in each language', () => {
    const doc = exampleDocument();
    doc.flows.systems.find((s) => s.id === 'sys-trace')!.name = '';
    const target = commentTargets(doc).find((t) => t.id === 'flow-material-master');
    expect(target).toEqual({
      kind: 'flow',
      id: 'flow-material-master',
      label: { en: 'ERP → Traceability platform', 'zh-CN': 'ERP → 追溯平台' },
    });
  });

  it('lists the flows, then the tasks by name', () => {
    const doc = exampleDocument();
    const targets = commentTargets(doc);
    expect(targets.map((t) => t.kind)).toEqual([
      ...doc.flows.flows.map(() => 'flow'),
      ...doc.rollout.tasks.map(() => 'task'),
    ]);
    expect(targets.at(-1)?.label.en).toBe(doc.rollout.tasks.at(-1)?.name);
  });
});
