import { newId } from '../model/ids.ts';
import { LIMITS } from '../model/limits.ts';
import type { Department, ProjectDocument } from '../model/schema.ts';

/** A participant's name as stored and compared: trimmed, inner whitespace collapsed. */
export const participantName = (name: string): string => name.trim().replace(/\s+/g, ' ');

/**
 * The rater a workshop participant votes as: the existing rater with the same name (ignoring
 * case and spacing) and department — someone who rejoins, or was entered before the workshop —
 * or a new one appended to the raters. `null` when the document already has the most raters
 * the schema allows ({@link LIMITS}.raters).
 *
 * @example participantRater(doc, 'Li Na', 'qc') // { raterId: 'r-qc', document: doc } if present
 */
export function participantRater(
  document: ProjectDocument,
  name: string,
  department: Department,
  makeId: () => string = newId,
): { raterId: string; document: ProjectDocument } | null {
  const wanted = participantName(name);
  const key = wanted.toLocaleLowerCase();
  const existing = document.decision.raters.find(
    (r) => r.department === department && participantName(r.name).toLocaleLowerCase() === key,
  );
  if (existing) return { raterId: existing.id, document };
  if (document.decision.raters.length >= LIMITS.raters) return null;
  const rater = { id: makeId(), name: wanted, department };
  return {
    raterId: rater.id,
    document: {
      ...document,
      decision: { ...document.decision, raters: [...document.decision.raters, rater] },
    },
  };
}
