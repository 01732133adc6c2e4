import { flowRoute, systemIndex } from '../flows/flow-labels.ts';
import type { Localized } from '../i18n/localized.ts';
import { fitToSchema } from '../model/fit-to-schema.ts';
import { commentSchema, type Comment, type ProjectDocument } from '../model/schema.ts';

/**
 * Comments of a live workshop on a data flow or a rollout task (schema `comments`): adding one,
 * the comments on a target, and the targets there are to comment on.
 */

/** Longest comment the schema accepts, read from `commentSchema.text` (the input's limit). */
export const COMMENT_MAX_LENGTH: number = commentSchema.shape.text.unwrap().maxLength ?? Infinity;

/** What a comment can be about. */
export type CommentTarget = { kind: Comment['targetKind']; id: string; label: Localized };

/**
 * The document with `comment` appended; unchanged when the text is blank after trimming. The
 * text is trimmed, and the comment's fields are made to fit `commentSchema` (`fitToSchema`: cut
 * at the limit, never inside a surrogate pair) so the document always parses.
 */
export function addComment(doc: ProjectDocument, comment: Comment): ProjectDocument {
  const text = comment.text.trim();
  if (text === '') return doc;
  const fitted = { ...comment, ...fitToSchema(commentSchema, { ...comment, text }) };
  return { ...doc, comments: [...(doc.comments ?? []), fitted] };
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
 * Everything there is to comment on: the flows ("ERP → MES", as `flowRoute` labels them: an
 * unnamed system by its kind), then the rollout tasks by name, in document order.
 */
export function commentTargets(doc: ProjectDocument): CommentTarget[] {
  const systems = systemIndex(doc);
  const flows = doc.flows.flows.map((f): CommentTarget => ({
    kind: 'flow',
    id: f.id,
    label: { en: flowRoute(f, systems, 'en'), 'zh-CN': flowRoute(f, systems, 'zh-CN') },
  }));
  const tasks = doc.rollout.tasks.map((task): CommentTarget => ({
    kind: 'task',
    id: task.id,
    label: { en: task.name, 'zh-CN': task.name },
  }));
  return [...flows, ...tasks];
}
