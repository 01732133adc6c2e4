import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/io.ts';
import { cliLanguage, main } from '../../../cli/main.ts';
import { parseProject } from '../../../shared/model/parse.ts';

/** An in-memory file system and captured output for running the CLI in-process. */
function memoryIo(files: Record<string, string> = {}) {
  const store = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) => {
      const text = store.get(path);
      if (text === undefined)
        return Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
      return Promise.resolve(text);
    },
    writeText: (path, text) => {
      store.set(path, text);
      return Promise.resolve();
    },
    writeBytes: (path, bytes) => {
      store.set(path, Buffer.from(bytes).toString('base64'));
      return Promise.resolve();
    },
    exists: (path) => Promise.resolve(store.has(path)),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, store, out, err };
}

const example = readFileSync(
  new URL('../../../templates/examples/food-plant.en.json', import.meta.url),
  'utf8',
);
const env = { LANG: 'en_US.UTF-8' };

describe('traceready validate', () => {
  it('exits 0 for the worked example', async () => {
    const { io, out } = memoryIo({ 'plant.trplan': example });
    expect(await main(['validate', 'plant.trplan'], io, env)).toBe(0);
    expect(out.join('\n')).toContain('✓ plant.trplan');
  });

  it('exits 1 and prints each error with file and JSON pointer', async () => {
    const broken = JSON.parse(example) as { decision: { criteria: { direction: string }[] } };
    broken.decision.criteria[1]!.direction = 'sideways';
    const { io, err } = memoryIo({ 'bad.trplan': JSON.stringify(broken) });
    expect(await main(['validate', 'bad.trplan'], io, env)).toBe(1);
    expect(err.join('\n')).toContain('bad.trplan#/decision/criteria/1/direction');
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const { io, err } = memoryIo({ 'broken.trplan': '{\n  "schemaVersion": 1,\n  oops\n}' });
    expect(await main(['validate', 'broken.trplan'], io, env)).toBe(1);
    expect(err.join('\n')).toMatch(/line 3, column 3/);
  });

  it('names a missing file and speaks Chinese when asked', async () => {
    const { io, err } = memoryIo();
    expect(await main(['validate', 'nope.trplan', '--lang', 'zh-CN'], io, env)).toBe(1);
    expect(err.join('\n')).toContain('文件不存在：nope.trplan');
  });

  it('validates several files and fails if any fails; --json gives a report per file', async () => {
    const { io, out } = memoryIo({ 'a.trplan': example, 'b.trplan': '[]' });
    expect(await main(['validate', 'a.trplan', 'b.trplan', '--json'], io, env)).toBe(1);
    const report = JSON.parse(out.join('\n')) as { file: string; isValid: boolean }[];
    expect(report.map((r) => [r.file, r.isValid])).toEqual([
      ['a.trplan', true],
      ['b.trplan', false],
    ]);
  });
});

describe('traceready new', () => {
  it('writes a valid project from a template in the chosen language', async () => {
    const { io, store } = memoryIo();
    expect(
      await main(['new', '-t', 'food-plant', '-o', 'p.trplan', '--lang', 'zh-CN'], io, env),
    ).toBe(0);
    const result = parseProject(store.get('p.trplan')!);
    expect(result.ok && result.document.meta.language).toBe('zh-CN');
    expect(result.ok && result.document.id).not.toBe('example-food-plant');
  });

  it('refuses to overwrite without --force and rejects unknown templates', async () => {
    const { io, store, err } = memoryIo({ 'p.trplan': 'keep me' });
    expect(await main(['new', '-t', 'blank', '-o', 'p.trplan'], io, env)).toBe(2);
    expect(store.get('p.trplan')).toBe('keep me');
    expect(await main(['new', '-t', 'nonsense', '-o', 'q.trplan'], io, env)).toBe(2);
    expect(err.join('\n')).toContain('Unknown template “nonsense”');
    expect(await main(['new', '-t', 'blank', '-o', 'p.trplan', '--force'], io, env)).toBe(0);
    expect(store.get('p.trplan')).not.toBe('keep me');
  });
});

describe('traceready usage', () => {
  it('--help exits 0 and lists the commands; unknown commands exit 2', async () => {
    const { io, out } = memoryIo();
    expect(await main(['--help'], io, env)).toBe(0);
    expect(out.join('\n')).toMatch(/validate[\s\S]*new[\s\S]*templates/);
    expect(await main(['frobnicate'], memoryIo().io, env)).toBe(2);
  });

  it('lists templates', async () => {
    const { io, out } = memoryIo();
    expect(await main(['templates'], io, env)).toBe(0);
    expect(out.join('\n')).toMatch(/blank[\s\S]*food-plant/);
  });

  it('picks the output language from --lang, then the locale', () => {
    expect(cliLanguage(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLanguage('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
  });
});
