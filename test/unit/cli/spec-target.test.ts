import { describe, expect, it } from 'vitest';
import { resolveSpecTarget } from '../../../cli/spec-target.ts';

describe('resolveSpecTarget: the format and syntax of a spec output', () => {
  it.each([
    // [--format, -o, format, syntax, stdout]
    ['openapi', 'spec.yaml', 'openapi', 'yaml', false],
    ['asyncapi', 'events.yml', 'asyncapi', 'yaml', false],
    ['openapi', 'spec.json', 'openapi', 'json', false],
    ['csv', 'list.csv', 'csv', 'json', false],
    ['openapi', 'spec', 'openapi', 'json', false], // no extension: no contradiction
    [undefined, 'list.csv', 'csv', 'json', false],
    [undefined, 'list.xlsx', 'xlsx', 'json', false],
    [undefined, 'plant.icd.md', 'icd', 'json', false],
    [undefined, 'out/plant.openapi.yaml', 'openapi', 'yaml', false],
    [undefined, 'plant.asyncapi.json', 'asyncapi', 'json', false],
    [undefined, 'plant.schemas.json', 'jsonschema', 'json', false],
    [undefined, 'plant.diagram.json', 'model', 'json', false],
    ['asyncapi', '-', 'asyncapi', 'json', true],
  ] as const)('--format %s -o %s → %s as %s', (format, output, expected, syntax, isStdout) => {
    expect(resolveSpecTarget(format, output)).toEqual({
      ok: true,
      format: expected,
      syntax,
      isStdout,
    });
  });

  it.each([
    ['csv', 'list.xlsx', /does not match “list\.xlsx”: csv is written to \.csv/],
    ['xlsx', 'list.csv', /does not match “list\.csv”: xlsx is written to \.xlsx/],
    ['model', 'diagram.yaml', /does not match/],
    ['jsonschema', 'schemas.yaml', /does not match/],
    ['asyncapi', 'plant.openapi.yaml', /does not match/],
    [undefined, 'spec.json', /Cannot tell the format from “spec\.json”: add --format/],
    [undefined, 'spec.yaml', /Cannot tell the format/],
    [undefined, '-', /standard output needs --format/],
    ['xlsx', '-', /binary/],
    ['pdf', 'x.pdf', /Unknown format “pdf”/],
  ] as const)('refuses --format %s -o %s', (format, output, message) => {
    const target = resolveSpecTarget(format, output);
    expect(target.ok).toBe(false);
    if (!target.ok) {
      expect(target.message.en).toMatch(message);
      expect(target.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
