import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCommand, TOP_RECOMMENDATIONS } from '../../../cli/audit-command.ts';
import { displayWidth } from '../../../shared/text/display-width.ts';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';
import { assessAudit } from '../../../shared/audit/assessment.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import { auditDoc } from '../audit/audit-fixtures.ts';
import { hasCjk } from '../shared/fixtures.ts';

/** `traceready audit <file>`: the step-1 report, run in-process against in-memory files. */

function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) =>
      path in files
        ? Promise.resolve(files[path]!)
        : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
    writeText: () => Promise.reject(new Error('audit must not write')),
    writeBytes: () => Promise.reject(new Error('audit must not write')),
    exists: (path) => Promise.resolve(path in files),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

const read = (relative: string) =>
  readFileSync(new URL(`../../../${relative}`, import.meta.url), 'utf8');
const exampleEn = read('templates/examples/food-plant.en.json');
const exampleZh = read('templates/examples/food-plant.zh-CN.json');
const blank = read('templates/projects/blank.en.json');
const en = { LANG: 'en_US.UTF-8' };
const zh = { LANG: 'zh_CN.UTF-8' };

async function run(args: string[], files: Record<string, string>, env: NodeJS.ProcessEnv = en) {
  const { io, out, err } = memoryIo(files);
  const code = await main(args, io, env);
  return { code, out, err, text: out.join('\n') };
}

/** The lines between a heading and the next blank line. */
function section(lines: string[], heading: RegExp): string[] {
  const start = lines.findIndex((l) => heading.test(l));
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('traceready audit (text)', () => {
  it('reports the worked example: overall, dimensions, flags, gaps, preconditions, hand-offs', async () => {
    const { code, out, err } = await run(['audit', 'plant.trplan'], { 'plant.trplan': exampleEn });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('Step 1 — Internal needs self-audit');
    expect(out[1]).toContain('Project: Huaxin Foods');
    expect(out).toContain('Industry preset: Food & beverage');
    expect(out).toContain('Readiness index: 55.7 / 100 · confidence 66%');

    const table = section(out, /^Dimension\s+Readiness\s+Target\s+Gap\s+Answered\s+Don’t know$/);
    expect(table.map((l) => l.split(/\s{2,}/))).toEqual([
      ['Traceability goal and granularity', '53', '80', '27', '2/2', '0'],
      ['Existing systems and data quality', '62', '80', '18', '7/7', '0'],
      ['Key data flows', '47', '80', '33', '2/2', '0'],
      ['Team capability', '50', '60', '10', '3/3', '0'],
      ['Supply-chain reach', '42', '80', '38', '4/4', '0'],
      ['Business ownership and governance', '80', '80', '0', '5/5', '0'],
    ]);

    const flags = section(out, /^Red flags \(2\)$/);
    expect(flags).toHaveLength(2);
    expect(flags[0]).toMatch(/Pitfall 2 .* high\] The proposal has 24 interfaces for 11/);
    expect(flags[1]).toMatch(/Pitfall 3 .*Customers do not confirm receipt/);

    const gaps = section(out, /^Prioritised gap list \(top 10 of 18\)$/);
    expect(gaps).toHaveLength(TOP_RECOMMENDATIONS);
    expect(gaps[0]).toMatch(/^ {3}1\. \[8\.0\] Agree an electronic receipt confirmation/);
    expect(gaps[9]).toMatch(/^ {2}10\. \[3\.8\] Turn on batch management for the 38%/);

    const preconditions = section(out, /^Before integration starts: data cleansing \(5\)$/);
    expect(preconditions[0]).toMatch(/^ {2}- .*batch.*: 62% \(required 100%\)$/);
    expect(preconditions[1]).toMatch(/^ {4}→ .*38%/);
    expect(preconditions[4]).toMatch(/: 4\.5% \(required 0%\)$/);
    expect(preconditions.join('\n')).not.toMatch(/systems\./);

    const handoffs = section(out, /^Hand-offs to steps 2 and 3$/);
    const weightLines = handoffs.filter((l) => /%$/.test(l)).map((l) => l.trim().split(/\s{2,}/));
    expect(weightLines).toEqual([
      ['Initial cost', '14.8%'],
      ['Long-term maintenance cost', '25.9%'],
      ['Implementation speed', '18.5%'],
      ['Data security', '22.2%'],
      ['Future scalability', '18.5%'],
    ]);
    expect(handoffs).toContain('      +5: The first line must be live within 6 months.');
    expect(handoffs).toContain(
      '  Seed flows for the diagram: 11 (2 core, 1 two-way; phases 1/2/3: 2/7/2)',
    );
    expect(handoffs).toContain('  Identifier granularity: lot (batch) level');
    expect(handoffs).toContain('  Cleansing tasks before phase 1 (5):');
    expect(handoffs).toContain('  Role-specific trainings (3):');
    expect(handoffs.filter((l) => l.startsWith('    - '))).toHaveLength(8);
  });

  it('reports an empty audit without inventing numbers', async () => {
    const { code, out } = await run(['audit', 'blank.trplan'], { 'blank.trplan': blank });
    expect(code).toBe(0);
    expect(out).toContain('Industry preset: none');
    expect(out).toContain('Readiness index: — · confidence 0%');
    const table = section(out, /^Dimension/);
    expect(table.map((l) => l.split(/\s{2,}/).slice(1))).toEqual([
      ['—', '80', '—', '0/2', '0'],
      ['—', '80', '—', '0/7', '0'],
      ['—', '80', '—', '0/2', '0'],
      ['—', '80', '—', '0/3', '0'],
      ['—', '80', '—', '0/4', '0'],
      ['—', '80', '—', '0/5', '0'],
    ]);
    expect(section(out, /^Red flags \(0\)$/)).toEqual(['  No red flags from the answers so far.']);
    expect(section(out, /^Prioritised gap list \(0\)$/)).toEqual(['  Nothing scores below 4 yet.']);
    expect(out.filter((l) => l.endsWith(' 20.0%'))).toHaveLength(5);
    expect(out).toContain(
      '  Seed flows for the diagram: 0 (0 core, 0 two-way; phases 1/2/3: 0/0/0)',
    );
    expect(out).toContain('  Identifier granularity: —');
  });

  it('shows every recommendation when there are ten or fewer', async () => {
    const doc = auditDoc({ 'gov.sponsor': 'no', 'systems.batch-managed': 62 });
    const { out } = await run(['audit', 'p.trplan'], { 'p.trplan': JSON.stringify(doc) });
    expect(section(out, /^Prioritised gap list \(2\)$/)).toEqual([
      expect.stringMatching(/^ {3}1\. \[5\.0\] Ask the plant director/),
      expect.stringMatching(/^ {3}2\. \[3\.8\] .*38%/),
    ]);
    expect(section(out, /^Red flags \(1\)$/)[0]).toContain('Pitfall 1');
  });
});

describe('traceready audit --json', () => {
  it('prints the same content as data, consistent with assessAudit', async () => {
    const { code, text } = await run(['audit', 'plant.trplan', '--json'], {
      'plant.trplan': exampleEn,
    });
    expect(code).toBe(0);
    const report = JSON.parse(text) as Record<string, unknown> & {
      overall: { readiness: number; confidence: number };
      dimensions: { id: string; name: string; readiness: number | null; unknown: number }[];
      redFlags: { id: string; pitfall: string; message: string }[];
      recommendations: { questionId: string }[];
      recommendationCount: number;
      preconditions: { questionId: string; unit: string; text: string }[];
      handoffs: {
        weights: { criterion: string; percent: number; reasons: { questionIds: string[] }[] }[];
        flows: { count: number; core: number; twoWay: number; byPhase: number[] };
        granularity: string | null;
        cleansingTasks: unknown[];
        trainings: { audience: string }[];
      };
    };
    const parsed = parseProject(exampleEn);
    if (!parsed.ok) throw new Error('example must parse');
    const expected = assessAudit(parsed.document, 'en');
    expect(report.overall).toEqual({
      readiness: expected.readiness.overall,
      confidence: expected.readiness.confidence,
    });
    expect(report.dimensions.map((d) => [d.id, d.readiness])).toEqual(
      expected.readiness.dimensions.map((d) => [d.dimensionId, d.readiness]),
    );
    expect(report.dimensions[5]?.name).toBe('Business ownership and governance');
    expect(report.redFlags.map((f) => [f.id, f.pitfall])).toEqual([
      ['interface-count', 'full-interface'],
      ['no-customer-confirmation', 'half-chain'],
    ]);
    expect(report.redFlags[0]?.message).toContain('24 interfaces');
    expect(report.recommendations.map((r) => r.questionId)).toEqual(
      expected.recommendations.slice(0, 10).map((r) => r.questionId),
    );
    expect(report.recommendationCount).toBe(18);
    expect(report.preconditions.map((p) => p.unit)).toEqual(['%', '%', '%', '%', '%']);
    expect(report.handoffs.weights.map((w) => [w.criterion, w.percent])).toEqual([
      ['initial-cost', 14.8],
      ['maintenance-cost', 25.9],
      ['implementation-speed', 18.5],
      ['data-security', 22.2],
      ['scalability', 18.5],
    ]);
    expect(report.handoffs.weights[1]?.reasons.map((r) => r.questionIds)).toEqual([
      ['team.maintainers', 'team.skills'],
      ['team.support-preference'],
    ]);
    expect(report.handoffs.flows).toEqual({ count: 11, core: 2, twoWay: 1, byPhase: [2, 7, 2] });
    expect(report.handoffs.granularity).toBe('lot');
    expect(report.handoffs.cleansingTasks).toHaveLength(5);
    expect(report.handoffs.trainings.map((t) => t.audience)).toEqual([
      'Warehouse clerks',
      'Line operators',
      'QC inspectors',
    ]);
  });
});

describe('traceready audit: language', () => {
  it.each([
    ['--lang zh-CN', ['--lang', 'zh-CN'], en, true],
    ['a Chinese locale', [], zh, true],
    ['--lang en over a Chinese locale', ['--lang', 'en'], zh, false],
    ['an English locale', [], en, false],
  ] as const)('follows %s', async (_name, flags, env, isChinese) => {
    const { code, out } = await run(
      ['audit', 'p.trplan', ...flags],
      { 'p.trplan': exampleEn },
      env,
    );
    expect(code).toBe(0);
    expect(hasCjk(out[2] ?? '')).toBe(isChinese); // the preset's name
    expect(
      out.some((l) => l.startsWith(isChinese ? '业务主导与项目治理' : 'Business ownership')),
    ).toBe(true);
    const flags2 = section(out, isChinese ? /^红色警示（2）$/ : /^Red flags \(2\)$/);
    expect(flags2.every((l) => hasCjk(l) === isChinese)).toBe(true);
  });

  it('gives the same numbers for the Chinese example, in Chinese, in JSON too', async () => {
    const { text } = await run(['audit', 'p.trplan', '--json', '--lang', 'zh-CN'], {
      'p.trplan': exampleZh,
    });
    const report = JSON.parse(text) as {
      overall: { readiness: number };
      dimensions: { name: string }[];
      redFlags: { message: string }[];
      recommendations: { text: string }[];
    };
    expect(report.overall.readiness).toBeCloseTo(55.697, 3);
    expect(report.dimensions.every((d) => hasCjk(d.name))).toBe(true);
    expect(report.redFlags.every((f) => hasCjk(f.message))).toBe(true);
    expect(report.recommendations.every((r) => hasCjk(r.text))).toBe(true);
  });

  it('aligns the table in Chinese, counting an ideograph as two columns', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const { out } = await run(['audit', 'p.trplan', '--lang', lang], { 'p.trplan': exampleZh });
      const table = [out[5]!, ...section(out, /^(Dimension|维度)\s/)];
      expect(table).toHaveLength(7);
      expect(new Set(table.map(displayWidth)).size, lang).toBe(1);
    }
  });

  it.each([
    ['abc', 3],
    ['维度', 4],
    ['a，b', 4], // full-width comma
    ['“—”', 3], // ambiguous-width punctuation counts one
    ['', 0],
  ])('displayWidth(%j) = %d', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('traceready audit: bad input', () => {
  it('exits 1 with located errors for an invalid project, printing no report', async () => {
    const broken = JSON.parse(exampleEn) as { decision: { criteria: { direction: string }[] } };
    broken.decision.criteria[1]!.direction = 'sideways';
    const { code, out, err } = await run(['audit', 'bad.trplan'], {
      'bad.trplan': JSON.stringify(broken),
    });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toBe('✗ bad.trplan: 1 error');
    expect(err.join('\n')).toContain('bad.trplan#/decision/criteria/1/direction');
  });

  it('exits 1 on a JSON syntax error with its line and column', async () => {
    const { code, out, err } = await run(['audit', 'x.trplan'], {
      'x.trplan': '{\n  "schemaVersion": 1,\n  oops\n}',
    });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/line 3, column 3/);
  });

  it('gives the errors as data with --json', async () => {
    const { code, text, err } = await run(['audit', 'x.trplan', '--json'], { 'x.trplan': '[]' });
    expect(code).toBe(1);
    expect(err).toEqual([]);
    const report = JSON.parse(text) as {
      file: string;
      isValid: boolean;
      errors: { pointer: string; message: { en: string } }[];
    };
    expect(report).toMatchObject({ file: 'x.trplan', isValid: false });
    expect(report.errors[0]?.message.en).toContain('one JSON object');
  });

  it('exits 1 on a dangling reference', async () => {
    const broken = JSON.parse(exampleEn) as { flows: { flows: { sourceId: string }[] } };
    broken.flows.flows[0]!.sourceId = 'sys-nowhere';
    const { code, err } = await run(['audit', 'r.trplan'], { 'r.trplan': JSON.stringify(broken) });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('r.trplan#/flows/flows/0/sourceId');
  });

  it('exits 1 for a missing file, in the chosen language', async () => {
    const { io, out, err } = memoryIo();
    expect(await auditCommand('nope.trplan', { language: 'zh-CN' }, io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('文件不存在：nope.trplan');
    const json = memoryIo();
    expect(await auditCommand('nope.trplan', { json: true, language: 'en' }, json.io)).toBe(1);
    expect(json.out.join('\n')).toContain('No such file: nope.trplan');
  });

  it.each([
    [['audit']],
    [['audit', 'a.trplan', 'b.trplan']],
    [['audit', 'a.trplan', '--lang', 'fr']],
  ])('exits 2 on wrong usage: %j', async (args) => {
    expect((await run(args, { 'a.trplan': exampleEn })).code).toBe(2);
  });

  it('is listed in --help', async () => {
    const { code, text } = await run(['--help'], {});
    expect(code).toBe(0);
    expect(text).toMatch(/audit \[options\] <file>/);
  });
});
