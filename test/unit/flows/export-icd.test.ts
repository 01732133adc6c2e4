import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  exportInterfaceControlDocument,
} from '../../../shared/flows/export-icd.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { arbitraryFlows, diagram, flow, system } from './flow-fixtures.ts';

/** Cells of a Markdown table row: split at pipes that are not backslash-escaped. */
const cells = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/);

/** Every table in the text: each row has as many cells as its header (nothing broke a row). */
function expectIntactTables(markdown: string) {
  let width: number | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = null;
      continue;
    }
    expect(line.endsWith('|'), line).toBe(true);
    width ??= cells(line).length;
    expect(cells(line), line).toHaveLength(width);
  }
}

describe('escapeMarkdown', () => {
  // CommonMark 0.31 §2.4: any ASCII punctuation may be backslash-escaped; GFM tables split on |.
  it.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & Jerry &lt;', 'Tom &amp; Jerry &amp;lt;'],
    ['line 1\nline 2\r\n  line 3', 'line 1 line 2 line 3'],
    ['[link](http://x) ![img](y)', '\\[link\\](http://x) \\!\\[img\\](y)'],
    ['# not a heading ~~strike~~', '\\# not a heading \\~\\~strike\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['原料"供应商"', '原料"供应商"'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('exportInterfaceControlDocument on the worked example', () => {
  const icd = exportInterfaceControlDocument(exampleDocument('en'), 'en');

  it('has the overview, the systems, the diagram findings and one section per interface', () => {
    expect(icd).toMatch(/^# Interface Control Document — Huaxin Foods/);
    expect(icd).toContain('| Interfaces | 11 (core 7, two-way 1; request/response 7, events 4) |');
    expect(icd).toContain('| Identifier granularity | lot (batch), GS1 AI 10 |');
    expect(icd).toContain('| Findings | errors: 0, warnings: 1, notes: 0 |');
    expect(icd.match(/^### IF-\d\d /gm)).toHaveLength(11);
    expect(icd).toMatch(
      /## 1\.2 Findings on the diagram\n\n- \*\*warning\*\* \(`system.no-flows`\): No data flows to or from Raw-material suppliers/,
    );
    expectIntactTables(icd);
  });

  it('gives each interface the ICD items', () => {
    const section = icd.slice(icd.indexOf('### IF-06'), icd.indexOf('### IF-07'));
    expect(section).toContain('### IF-06 QMS / LIMS (LabWare) ↔ Traceability platform');
    for (const row of [
      '| Direction | Two-way |',
      '| Trigger | Event (on change) |',
      '| Timing (frequency; latency) | —; 1 min |',
      '| Volume per day | 400 |',
      '| Protocol | REST (HTTPS/JSON) |',
      '| Specification | Request/response — OpenAPI 3.1 |',
      '| Security and integrity | OAuth 2.0 client credentials over TLS 1.2+ |',
      '| Owner | Quality control |',
      '| Rollout phase | Phase 1 — core flows on the pilot line |',
      '| Core flow | yes |',
    ]) {
      expect(section).toContain(row);
    }
    expect(section).toContain(
      'EPCIS 2.0 ObjectEvent · bizStep inspecting · conformant; ISA-95 MaterialTestResult',
    );
    expect(section).toContain(
      'Quarantine and release decisions must block or free stock in ERP at once',
    );
  });

  it('is written in Chinese for a Chinese project', () => {
    const zh = exportInterfaceControlDocument(exampleDocument('zh-CN'), 'zh-CN');
    expect(zh).toMatch(/^# 接口控制文档（ICD） — /);
    expect(zh).toContain('| 方向 | 双向 |');
    expect(zh).toContain('## 2 接口');
    expect(zh).toContain(
      '| 报文格式 | 物料主数据：JSON Schema `MaterialMaster`；ISA-95 MaterialDefinition<br>',
    );
    expectIntactTables(zh);
  });
});

describe('exportInterfaceControlDocument edge cases', () => {
  it('says so for an empty diagram', () => {
    const icd = exportInterfaceControlDocument(diagram([], []), 'en');
    expect(icd).toContain('The diagram has no flows yet.');
    expect(icd).not.toMatch(/^### IF-/m);
    expect(icd).toContain('`diagram.empty`');
    expectIntactTables(icd);
  });

  it('escapes names with quotes, markup, pipes and newlines, and lists the flow’s findings', () => {
    const doc = diagram(
      [
        system('a', 'erp', { name: 'ERP "prod" | <b>SAP</b>\n**main**', product: 'S/4 | 2023' }),
        system('b', 'traceability', { name: '`trace` [x](javascript:alert(1))' }),
      ],
      [
        flow('f', 'a', 'b', ['material-master'], {
          direction: 'two-way',
          frequency: 'a|b',
          owner: null,
        }),
      ],
    );
    const icd = exportInterfaceControlDocument(doc, 'en');
    expect(icd).toContain(
      '### IF-01 ERP "prod" \\| &lt;b&gt;SAP&lt;/b&gt; \\*\\*main\\*\\* (S/4 \\| 2023) ↔ \\`trace\\` \\[x\\](javascript:alert(1))',
    );
    expect(icd.replaceAll('<br>', '')).not.toMatch(/<|(?<!\\)\]\(javascript/);
    const section = icd.slice(icd.indexOf('### IF-01'));
    expect(section).toContain('`flow.two-way-without-reason`');
    expect(section).toContain('`flow.no-owner`');
    expectIntactTables(icd);
  });

  it('keeps every table intact on random diagrams', () => {
    fc.assert(
      fc.property(arbitraryFlows, fc.constantFrom('en', 'zh-CN'), (flows, language) => {
        const icd = exportInterfaceControlDocument({ ...diagram([], []), flows }, language);
        expectIntactTables(icd);
        expect(icd.replaceAll('<br>', '')).not.toContain('<');
        expect(icd.match(/^### IF-/gm)?.length ?? 0).toBe(flows.flows.length);
      }),
      { numRuns: 100 },
    );
  });
});
