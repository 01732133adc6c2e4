import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, type CliIo } from '../../../cli/io.ts';
import { specCommand } from '../../../cli/spec-command.ts';
import {
  exportDiagramModel,
  importDiagramModel,
  serializeDiagramModel,
} from '../../../shared/flows/diagram-model.ts';
import { exportedFindings } from '../../../shared/flows/findings-export.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { diagram, flow, system } from './flow-fixtures.ts';

/** Findings travel with the files: the diagram model export and `traceready spec --json`. */

const exampleFinding = {
  rule: 'system.no-flows',
  severity: 'warning',
  element: {
    kind: 'system',
    id: 'sys-suppliers',
    name: { en: 'Raw-material suppliers', 'zh-CN': 'Raw-material suppliers' },
  },
};

describe('the diagram model export carries the findings', () => {
  it('the worked example’s one finding, with the element’s name and both languages', () => {
    const [finding, ...rest] = exportDiagramModel(exampleDocument('en')).findings ?? [];
    expect(rest).toEqual([]);
    expect(finding).toMatchObject(exampleFinding);
    expect(finding!.message.en).toBe('No data flows to or from Raw-material suppliers.');
    expect(finding!.fix['zh-CN']).toContain('不在范围内');
  });

  it('names a flow by its route', () => {
    const doc = diagram(
      [system('erp', 'erp', { name: 'ERP' }), system('tr', 'traceability', { name: 'Trace' })],
      [flow('f', 'erp', 'tr', ['material-master'], { owner: null, direction: 'two-way' })],
    );
    const onFlow = exportedFindings(doc).filter((f) => f.element.kind === 'flow');
    expect(onFlow.map((f) => [f.rule, f.element.id, f.element.name?.en])).toEqual([
      ['flow.two-way-without-reason', 'f', 'ERP ↔ Trace'],
      ['flow.no-owner', 'f', 'ERP ↔ Trace'],
    ]);
  });

  it.each([
    ['with the findings section', (m: Record<string, unknown>) => m],
    [
      'without it (as earlier versions wrote)',
      ({ findings: _, ...m }: Record<string, unknown>) => m,
    ],
    ['with a hand-edited one', (m: Record<string, unknown>) => ({ ...m, findings: 'stale' })],
  ])('import accepts a model %s and ignores it', (_name, change) => {
    const doc = exampleDocument('en');
    const model = JSON.parse(serializeDiagramModel(exportDiagramModel(doc))) as Record<
      string,
      unknown
    >;
    expect(importDiagramModel(JSON.stringify(change(model)))).toEqual({
      ok: true,
      flows: doc.flows,
    });
  });
});

describe('traceready spec --json', () => {
  const example = readFileSync(
    new URL('../../../templates/examples/food-plant.zh-CN.json', import.meta.url),
    'utf8',
  );
  const run = async (language: 'en' | 'zh-CN', json: boolean) => {
    const out: string[] = [];
    const written = new Map<string, string | Uint8Array>();
    const io: CliIo = {
      readText: () => Promise.resolve(example),
      writeText: (path, text) => Promise.resolve(void written.set(path, text)),
      writeBytes: (path, bytes) => Promise.resolve(void written.set(path, bytes)),
      exists: () => Promise.resolve(false),
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    };
    const code = await specCommand(
      'plant.trplan',
      { format: 'openapi', output: 'api.json', language, json },
      io,
    );
    return { code, out, written };
  };

  it.each(['en', 'zh-CN'] as const)(
    'prints one JSON object with a findings section (%s)',
    async (lang) => {
      const { code, out, written } = await run(lang, true);
      expect(code).toBe(EXIT.ok);
      expect(written.has('api.json')).toBe(true);
      expect(out).toHaveLength(1);
      const report = JSON.parse(out[0]!) as Record<string, unknown>;
      expect(report).toMatchObject({
        file: 'plant.trplan',
        format: 'openapi',
        output: 'api.json',
        counts: { error: 0, warning: 1, info: 0 },
      });
      const findings = report.findings as Record<string, unknown>[];
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: 'system.no-flows',
        severity: 'warning',
        element: { kind: 'system', id: 'sys-suppliers', name: '原料供应商' },
        message:
          lang === 'en'
            ? 'No data flows to or from 原料供应商.'
            : '原料供应商既不发送也不接收任何数据。',
      });
      expect(typeof findings[0]!.fix).toBe('string');
    },
  );

  it('without --json, the human summary stays as it was', async () => {
    const { out } = await run('en', false);
    expect(out[0]).toMatch(/^✓ Wrote api\.json: OpenAPI 3\.1\.0/);
    expect(out[1]).toBe('Diagram findings: 0 errors, 1 warning, 0 notes');
  });
});
