import type * as Y from 'yjs';
import { unknownKeyErrors } from '../../shared/model/document-shape.ts';
import { checkReferences } from '../../shared/model/references.ts';
import {
  auditSchema,
  decisionSchema,
  projectSchema,
  type ProjectDocument,
} from '../../shared/model/schema.ts';
import { ROOT_MAP, type CollectionPath } from '../../shared/workshop/ydoc-layout.ts';
import { readCollectionValue } from '../../shared/workshop/ydoc.ts';

/**
 * The fast path of the server's check for the common case — a participant's vote, answer or
 * comment: when an update changed only the collections a participant may write, the document
 * after it is the cached document before it with those collections re-read and re-parsed with
 * the same array schemas the project schema uses (the schema has no rules across fields, so
 * this equals parsing the whole document), then the references of the whole document are
 * checked. Anything else — or any doubt — returns null and the caller parses the whole document.
 */

/** The collections a participant may write, with the schema of each as the project schema has it. */
const VOTE_COLLECTIONS = {
  'decision.raters': decisionSchema.shape.raters,
  'decision.weights': decisionSchema.shape.weights,
  'decision.judgements': decisionSchema.shape.judgements,
  'decision.scores': decisionSchema.shape.scores,
  'audit.answers': auditSchema.shape.answers,
  comments: projectSchema.shape.comments,
} as const satisfies Partial<Record<CollectionPath, unknown>>;

type VotePath = keyof typeof VOTE_COLLECTIONS;
const isVotePath = (name: string): name is VotePath => Object.hasOwn(VOTE_COLLECTIONS, name);

/** The names of the top-level types a transaction changed (and the root map's keys it changed). */
export function touchedTopLevel(
  ydoc: Y.Doc,
  transaction: Y.Transaction,
): { names: Set<string>; rootKeys: Set<string> } {
  const nameOf = new Map<unknown, string>();
  for (const [name, type] of ydoc.share) nameOf.set(type, name);
  const names = new Set<string>();
  const rootKeys = new Set<string>();
  for (const [changed, keys] of transaction.changed) {
    let type = changed;
    while (type._item !== null) type = type._item.parent as typeof changed;
    const name = nameOf.get(type) ?? '\u0000unknown';
    names.add(name);
    if (name === ROOT_MAP && changed === type) {
      for (const key of keys) rootKeys.add(key ?? '\u0000');
    }
  }
  return { names, rootKeys };
}

/**
 * The document after an update that touched only vote collections, or null (take the slow path).
 */
export function documentAfterVotes(
  shadow: Y.Doc,
  before: ProjectDocument,
  touched: { names: Set<string>; rootKeys: Set<string> },
): ProjectDocument | null {
  if ([...touched.rootKeys].some((key) => key !== 'comments')) return null;
  const hasComments = shadow.getMap<unknown>(ROOT_MAP).get('comments') === true;
  if (touched.names.has('comments') && !hasComments) return null;
  const after: ProjectDocument = {
    ...before,
    audit: { ...before.audit },
    decision: { ...before.decision },
  };
  for (const name of touched.names) {
    if (name === ROOT_MAP) continue;
    if (!isVotePath(name)) return null;
    const raw = readCollectionValue(shadow, name);
    const parsed = VOTE_COLLECTIONS[name].safeParse(raw);
    if (!parsed.success || unknownKeyErrors(raw, parsed.data).length > 0) return null;
    const items = parsed.data;
    if (name === 'comments') after.comments = items as ProjectDocument['comments'];
    else if (name === 'audit.answers')
      after.audit.answers = items as ProjectDocument['audit']['answers'];
    else {
      const key = name.slice('decision.'.length) as 'raters' | 'weights' | 'judgements' | 'scores';
      (after.decision as Record<typeof key, unknown>)[key] = items;
    }
  }
  if (touched.rootKeys.has('comments')) {
    if (!hasComments) return null;
    after.comments ??= projectSchema.shape.comments.parse(readCollectionValue(shadow, 'comments'));
  }
  return checkReferences(after).length === 0 ? after : null;
}
