import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';

const example = readFileSync(
  new URL('../../../templates/examples/food-plant.en.json', import.meta.url),
  'utf8',
);
const env = { LANG: 'en_US.UTF-8' };

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    readText: (path) =>
      path in files ? Promise.resolve(files[path]!) : Promise.reject(new Error('ENOENT')),
    writeText: () => Promise.reject(new Error('score must not write')),
    writeBytes: () => Promise.reject(new Error('score must not write')),
    exists: (path) => Promise.resolve(path in files),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { cli, out, err };
}

describe('traceready score', () => {
  it('ranks the worked example by both methods, with thresholds and probabilities', async () => {
    const { cli, out } = io({ 'plant.trplan': example });
    expect(await main(['score', 'plant.trplan'], cli, env)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(
      /Weighted sum \(0–100\)\n\s+1\. A\. CloudTrace SaaS with standard API\s+69\.1/,
    );
    expect(text).toMatch(
      /TOPSIS closeness \(0–100\)\n\s+1\. A\. CloudTrace SaaS with standard API\s+76\.6\n/,
    );
    expect(text).toContain('Weighting method: Direct %');
    expect(text).toContain('Zhang Min (IT manager): CR 0.017');
    expect(text).toContain('when Data security weighs more than 57.1%');
    expect(text).toMatch(/Probability of ranking first \(10,000 draws, seed 42\)/);
  });

  it('gives the vendor ranking and JSON on request, in Chinese too', async () => {
    const { cli, out } = io({ 'plant.trplan': example });
    expect(await main(['score', 'plant.trplan', '--scope', 'vendor', '--json'], cli, env)).toBe(0);
    const result = JSON.parse(out.join('\n')) as {
      scope: string;
      weightedSum: { subjectId: string }[];
    };
    expect(result.scope).toBe('vendor');
    expect(result.weightedSum).toHaveLength(5);
    const zh = io({ 'plant.trplan': example });
    expect(await main(['score', 'plant.trplan', '--lang', 'zh-CN'], zh.cli, env)).toBe(0);
    expect(zh.out.join('\n')).toContain('加权求和（0–100）');
    expect(zh.out.join('\n')).toContain('赋权方法：直接百分比');
  });

  it('is reproducible by seed', async () => {
    const run = async () => {
      const { cli, out } = io({ 'plant.trplan': example });
      await main(['score', 'plant.trplan', '--json', '--seed', '7'], cli, env);
      return (JSON.parse(out.join('\n')) as { monteCarlo: unknown }).monteCarlo;
    };
    expect(await run()).toEqual(await run());
  });

  it('refuses a bad scope (exit 2) and a broken file (exit 1) with located errors', async () => {
    const { cli, err } = io({ 'plant.trplan': example, 'bad.trplan': '{"schemaVersion": 1}' });
    expect(await main(['score', 'plant.trplan', '--scope', 'cars'], cli, env)).toBe(2);
    expect(await main(['score', 'bad.trplan'], cli, env)).toBe(1);
    expect(err.join('\n')).toContain('bad.trplan#/id');
  });
});
