import { projectSchema, type ProjectDocument } from './schema.ts';

/**
 * The bytes of a `.trplan` file: UTF-8 JSON, two-space indent, keys in schema order, trailing
 * newline — stable across saves so project files diff well in git.
 */
export function serializeProject(doc: ProjectDocument): string {
  return JSON.stringify(projectSchema.parse(doc), null, 2) + '\n';
}
