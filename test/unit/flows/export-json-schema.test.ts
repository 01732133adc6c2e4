import { describe, expect, it } from 'vitest';
import { bundleJsonSchemas, exportJsonSchemas } from '../../../shared/flows/export-json-schema.ts';
import { sampleInstance } from '../../../shared/flows/object-schemas.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { customObject, diagram, flow, jsonSchema2020, system } from './flow-fixtures.ts';

describe('exportJsonSchemas', () => {
  it('gives one 2020-12 schema per object the worked example moves, each valid and distinct', () => {
    const doc = exampleDocument('en');
    const schemas = exportJsonSchemas(doc);
    const used = [...new Set(doc.flows.flows.flatMap((f) => f.objects))];
    expect(schemas.map((s) => s.key)).toEqual(used);
    const ajv = jsonSchema2020();
    for (const { key, schema } of schemas) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(
        /^https:\/\/traceready\.example\.invalid\/schemas\/example-food-plant\/[A-Za-z]+\.json$/,
      );
      expect(typeof schema.title).toBe('string');
      // Compiling checks the schema against the 2020-12 meta-schema; the sample must pass it.
      const validate = ajv.compile(schema);
      expect(validate(sampleInstance(doc, key, 'lot')), key).toBe(true);
      expect(validate({}), key).toBe(false);
    }
    expect(new Set(schemas.map((s) => s.schema.$id)).size).toBe(schemas.length);
  });

  it('includes custom objects, used or not, and titles in the chosen language', () => {
    const doc = diagram(
      [system('a', 'erp'), system('b', 'traceability')],
      [flow('f', 'a', 'b', ['pl', 'material-master'])],
      { 'goal.granularity': 'serial' },
      [
        customObject('pl', '托盘标签', [{ name: '托盘号', type: 'string', isRequired: true }]),
        customObject('unused', 'Spare', [{ name: 'n', type: 'integer' }]),
      ],
    );
    const schemas = exportJsonSchemas(doc, 'zh-CN');
    expect(schemas.map((s) => [s.key, s.name])).toEqual([
      ['pl', 'CustomPl'],
      ['material-master', 'MaterialMaster'],
      ['unused', 'CustomUnused'],
    ]);
    expect(schemas[0]!.schema.title).toBe('托盘标签');
    expect(schemas[1]!.schema.title).toBe('物料主数据');
    expect(schemas[1]!.schema.required).toContain('isSerialManaged');
  });

  it('is empty for an empty diagram', () => {
    expect(exportJsonSchemas(diagram([], []))).toEqual([]);
  });
});

describe('bundleJsonSchemas', () => {
  it('bundles the schemas as embedded resources of one 2020-12 document', () => {
    const doc = exampleDocument('en');
    const bundle = bundleJsonSchemas(doc, exportJsonSchemas(doc));
    const ajv = jsonSchema2020();
    ajv.compile(bundle);
    const validate = ajv.getSchema(
      'https://traceready.example.invalid/schemas/example-food-plant/GoodsReceipt.json',
    )!;
    expect(validate(sampleInstance(doc, 'goods-receipt', 'lot'))).toBe(true);
    expect(Object.keys(bundle.$defs as object)).toContain('InspectionResult');
  });
});
