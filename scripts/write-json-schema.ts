// Publishes the project file format as JSON Schema (project.schema.json, beside the README),
// generated from the zod schema so the two cannot drift (a unit test compares them).
import { writeFileSync } from 'node:fs';
import { projectJsonSchema } from '../shared/model/json-schema.ts';

writeFileSync('project.schema.json', JSON.stringify(projectJsonSchema(), null, 2) + '\n');
console.log('wrote project.schema.json');
