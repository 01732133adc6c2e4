import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, projectSchema } from './schema.ts';

/**
 * The `.trplan` format as JSON Schema 2020-12, generated from the zod schema. Describes the
 * file as written (defaults filled in), which is what other tools read.
 */
export function projectJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(projectSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: `urn:traceready:project:v${CURRENT_SCHEMA_VERSION}`,
    title: 'TraceReady project (.trplan)',
    description:
      'One TraceReady project: self-audit answers, options, vendors, criteria, weights and scores per rater, the data-flow diagram and the rollout plan.',
  };
}
