import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIo, type CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';
import { buildReportModel } from '../../../shared/report/model.ts';
import { renderReportPdf } from '../../../shared/report/render-pdf.ts';
import { example, fonts, TODAY } from './report-fixtures.ts';

const examplePath = (language: string) =>
  new URL(`../../../templates/examples/food-plant.${language}.json`, import.meta.url).pathname;

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...nodeIo, out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

describe('traceready report', { timeout: 60_000 }, () => {
  it('writes the same bytes as the app for the same options and date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'traceready-cli-'));
    const output = join(dir, 'report.pdf');
    const { io, out } = capture();
    const code = await main(
      [
        'report',
        examplePath('en'),
        '-o',
        output,
        '--lang',
        'zh-CN',
        '--paper',
        'letter',
        '--date',
        TODAY,
      ],
      io,
      { LANG: 'en_US.UTF-8' },
    );
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^✓ .*food-plant\.en\.json → .*report\.pdf \(\d+ 页, \d+ KB\)$/);
    const app = renderReportPdf(
      await buildReportModel(example('en'), { language: 'zh-CN', paper: 'letter' }, TODAY),
      fonts,
    );
    expect(Buffer.from(readFileSync(output)).equals(Buffer.from(app))).toBe(true);
  });

  it('batch: one line per file, exit 1 when one fails, the others still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'traceready-cli-'));
    const { io, out } = capture();
    const code = await main(
      [
        'report',
        examplePath('en'),
        join(dir, 'missing.trplan'),
        examplePath('zh-CN'),
        '--out-dir',
        join(dir, 'reports'),
        '--sections',
        'summary,flows',
        '--date',
        TODAY,
      ],
      io,
      { LANG: 'en_US.UTF-8' },
    );
    expect(code).toBe(1);
    expect(out).toHaveLength(3);
    expect(out[1]).toMatch(/^✗ .*missing\.trplan: /);
    expect(existsSync(join(dir, 'reports', 'food-plant.en.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'reports', 'food-plant.zh-CN.pdf'))).toBe(true);
  });

  it.each([
    [['report', 'a.trplan', 'b.trplan', '-o', 'x.pdf'], 'Several files need --out-dir.'],
    [['report', 'a.trplan'], 'Say where to write the report'],
    [['report', 'a.trplan', '-o', 'x.pdf', '--sections', 'summary,nonsense'], 'Unknown section'],
    [['report', 'a.trplan', '-o', 'x.pdf', '--paper', 'a3'], 'Paper must be a4 or letter.'],
  ])('refuses wrong usage with exit 2: %j', async (argv, message) => {
    const { io, err } = capture();
    expect(await main(argv, io, { LANG: 'en_US.UTF-8' })).toBe(2);
    expect(err.join('\n')).toContain(message);
  });
});
