import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectJsonSchema } from '../../shared/model/json-schema.ts';

describe('published JSON Schema', () => {
  it('project.schema.json is the one generated from the zod schema (run `npm run schema`)', () => {
    const published: unknown = JSON.parse(readFileSync('project.schema.json', 'utf8'));
    expect(published).toEqual(projectJsonSchema());
  });

  it('requires the document sections and pins the schema version', () => {
    const schema = projectJsonSchema() as {
      required: string[];
      properties: { schemaVersion: { const: number } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'meta']));
    expect(schema.properties.schemaVersion.const).toBe(2);
  });
});
