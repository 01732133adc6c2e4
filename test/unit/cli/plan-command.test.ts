import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../cli/audit-command.ts';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';
import { formatOfPath } from '../../../cli/plan-command.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import { scheduleRollout } from '../../../shared/rollout/schedule.ts';
import { hasCjk, readRepoFile } from '../shared/fixtures.ts';

/** `traceready plan <file>`: the step-3 summary and the plan exports, run in-process. */

function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    readText: (path) =>
      path in files
        ? Promise.resolve(files[path]!)
        : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
    writeText: (path, text) => {
      written[path] = text;
      return Promise.resolve();
    },
    writeBytes: () => Promise.reject(new Error('plan writes text')),
    exists: (path) => Promise.resolve(path in files),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err, written };
}

const exampleEn = readRepoFile('templates/examples/food-plant.en.json');
const exampleZh = readRepoFile('templates/examples/food-plant.zh-CN.json');
const env = { LANG: 'en_US.UTF-8', TRACEREADY_TODAY: '2026-11-30' };
const files = {
  'plan.trplan': exampleEn,
  'zh.trplan': exampleZh,
  'bad.trplan': '{"schemaVersion": 2}',
};

async function run(args: string[], lang: 'en' | 'zh' = 'en') {
  const { io, out, err, written } = memoryIo(files);
  const code = await main(args, io, lang === 'en' ? env : { ...env, LANG: 'zh_CN.UTF-8' });
  return { code, out, err, written };
}

const parsed = (text: string) => {
  const result = parseProject(text);
  if (!result.ok) throw new Error('example invalid');
  return result.document;
};

describe('traceready plan <file>', () => {
  it('prints the finish date and critical path the schedule computes', async () => {
    const { code, out } = await run(['plan', 'plan.trplan']);
    const schedule = scheduleRollout(parsed(exampleEn), '2026-11-30');
    expect(code).toBe(0);
    expect(out.join('\n')).toContain(`Finish: ${schedule.finish}`);
    expect(out.join('\n')).toContain(`Critical path (${schedule.criticalPath.length})`);
  });
  it('--json gives the same figures as data', async () => {
    const { code, out } = await run(['plan', 'plan.trplan', '--json']);
    const report = JSON.parse(out.join('\n')) as {
      finish: string;
      phases: { gate: { total: number } }[];
      findings: { message: string; fix: string }[];
    };
    const doc = parsed(exampleEn);
    expect(code).toBe(0);
    expect(report.finish).toBe(scheduleRollout(doc, '2026-11-30').finish);
    expect(report.phases.map((p) => p.gate.total)).toEqual(
      doc.rollout.phases.map((p) => p.gates.length),
    );
    expect(report.findings.every((f) => f.message !== '' && f.fix !== '')).toBe(true);
  });
  it('speaks Chinese, with every column lined up by display width', async () => {
    const { out } = await run(['plan', 'zh.trplan', '--lang', 'zh-CN']);
    expect(out[0]).toMatch(/^分阶段实施计划（第三步）/);
    const header = out.findIndex((line) => line.startsWith('阶段'));
    const rows = out.slice(header, header + 4);
    const column = (line: string, word: string) => displayWidth(line.slice(0, line.indexOf(word)));
    const starts = rows.slice(1).map((line) => column(line, '20'));
    expect(new Set([column(rows[0]!, '开始'), ...starts]).size).toBe(1);
    const english = out.filter((l) => /\b(the|and|of)\b/.test(l) && !hasCjk(l));
    expect(english).toEqual([]);
  });
  it('exits 1 with located errors for an invalid file, and for a missing one', async () => {
    expect((await run(['plan', 'bad.trplan'])).code).toBe(1);
    const missing = await run(['plan', 'nope.trplan']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toContain('No such file');
  });
});

describe('traceready plan <file> -o <path>', () => {
  it.each([
    ['out.ics', undefined, 'BEGIN:VCALENDAR'],
    ['out.csv', undefined, '\uFEFFWBS'],
    ['out.xml', undefined, '<?xml'],
    ['plan-export', 'mspdi', '<?xml'],
    ['out.ICS', 'ics', 'BEGIN:VCALENDAR'],
  ])('writes %s (format %s)', async (path, format, start) => {
    const args = ['plan', 'plan.trplan', '-o', path, ...(format ? ['--format', format] : [])];
    const { code, out, written } = await run(args);
    expect(code).toBe(0);
    expect(written[path]!.startsWith(start)).toBe(true);
    expect(out[0]).toContain(path);
  });
  it('writes an ICS that ical.js reads and an MSPDI with every task', async () => {
    const { written } = await run(['plan', 'plan.trplan', '-o', 'a.ics']);
    expect(new ICAL.Component(ICAL.parse(written['a.ics']!) as unknown[]).name).toBe('vcalendar');
    const xml = (await run(['plan', 'plan.trplan', '-o', 'a.xml'])).written['a.xml']!;
    const tasks = (new XMLParser().parse(xml) as { Project: { Tasks: { Task: unknown[] } } })
      .Project.Tasks.Task;
    const doc = parsed(exampleEn);
    expect(tasks).toHaveLength(doc.rollout.tasks.length + doc.rollout.phases.length);
  });
  it.each([
    [['--format', 'ics', '-o', 'out.csv'], 'contradicts'],
    [['--format', 'pdf', '-o', 'out.pdf'], 'Unknown format'],
    [['-o', 'out.txt'], 'Cannot tell the format'],
    [['--format', 'csv'], 'needs -o'],
  ])('exits 2 for %j', async (extra, message) => {
    const { code, err, written } = await run(['plan', 'plan.trplan', ...extra]);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(message);
    expect(written).toEqual({});
  });
  it('says the usage error in Chinese too', async () => {
    const { err } = await run([
      'plan',
      'plan.trplan',
      '--format',
      'ics',
      '-o',
      'x.csv',
      '--lang',
      'zh-CN',
    ]);
    expect(err[0]).toContain('不一致');
  });
  it.each([
    ['a.ics', 'ics'],
    ['a.CSV', 'csv'],
    ['a.xml', 'mspdi'],
    ['a.txt', null],
    ['noext', null],
  ])('reads the format of %s as %s', (path, format) => {
    expect(formatOfPath(path)).toBe(format);
  });
});
