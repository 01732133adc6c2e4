import type { Localized } from '../i18n/localized.ts';
import type { Comment, ProjectDocument } from '../model/schema.ts';

/**
 * Comments of a live workshop on a data flow or a rollout task (schema `comments`): adding one,
 * the comments on a target, and the targets there are to comment on.
 */

/** Longest comment the schema accepts (`commentSchema.text`). */
export const COMMENT_MAX_LENGTH = 2000;

/** What a comment can be about. */
export type CommentTarget = { kind: Comment['targetKind']; id: string; label: Localized };

/**
 * The document with `comment` appended; unchanged when the text is blank after trimming. The
 * text is trimmed and cut to {@link COMMENT_MAX_LENGTH} so the document always parses.
 */
export function addComment(doc: ProjectDocument, comment: Comment): ProjectDocument {
  const text = comment.text.trim().slice(0, COMMENT_MAX_LENGTH);
  if (text === '') return doc;
  return { ...doc, comments: [...(doc.comments ?? []), { ...comment, text }] };
}

/** The comments on one target, oldest first (as they were added). */
export function commentsOn(
  doc: ProjectDocument,
  target: Pick<CommentTarget, 'kind' | 'id'>,
): Comment[] {
  return (doc.comments ?? []).filter(
    (c) => c.targetKind === target.kind && c.targetId === target.id,
  );
}

/**
 * Everything there is to comment on: the flows ("ERP → MES", by their systems' names), then the
 * rollout tasks by name, in document order.
 */
export function commentTargets(doc: ProjectDocument): CommentTarget[] {
  const systemName = new Map(doc.flows.systems.map((s) => [s.id, s.name]));
  const flows = doc.flows.flows.map((f): CommentTarget => {
    const text = `${systemName.get(f.sourceId) ?? f.sourceId} ${f.direction === 'two-way' ? '↔' : '→'} ${systemName.get(f.targetId) ?? f.targetId}`;
    return { kind: 'flow', id: f.id, label: { en: text, 'zh-CN': text } };
  });
  const tasks = doc.rollout.tasks.map((task): CommentTarget => ({
    kind: 'task',
    id: task.id,
    label: { en: task.name, 'zh-CN': task.name },
  }));
  return [...flows, ...tasks];
}
