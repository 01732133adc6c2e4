import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPendingOpens, findProjectPathInArgv } from '../../../electron/main/open-file.ts';

const CWD = '/home/ana/projects';

describe('findProjectPathInArgv', () => {
  it.each<[string, string[], string | null]>([
    [
      'first launch, packaged',
      ['/opt/TraceReady/traceready', '/data/plant.trplan'],
      '/data/plant.trplan',
    ],
    [
      'first launch, dev (electron .)',
      ['/x/electron', '.', 'plant.trplan'],
      resolve(CWD, 'plant.trplan'),
    ],
    [
      'second instance with Chromium switches',
      [
        '/opt/TraceReady/traceready',
        '--allow-file-access-from-files',
        '--original-process-start-time=1',
        '/d/a.trplan',
      ],
      '/d/a.trplan',
    ],
    [
      'a flag that looks like a project is skipped',
      ['app', '--open=x.trplan', '/d/b.trplan'],
      '/d/b.trplan',
    ],
    ['the first project wins', ['app', '/d/one.trplan', '/d/two.trplan'], '/d/one.trplan'],
    ['any letter case', ['app', '/d/PLAN.TRPLAN'], '/d/PLAN.TRPLAN'],
    [
      'relative to the working folder',
      ['app', '../shared/plan.trplan'],
      resolve(CWD, '../shared/plan.trplan'),
    ],
    ['other files are ignored', ['app', '/d/plan.json', '/d/notes.txt'], null],
    ['a backup is not a project', ['app', '/d/plan.trplan.bak'], null],
    ['nothing to open', ['app'], null],
    ['empty argv', [], null],
  ])('%s', (_label, argv, expected) => {
    expect(findProjectPathInArgv(argv, CWD)).toBe(expected);
  });
});

describe('createPendingOpens', () => {
  it('hands queued paths over once, oldest first, without duplicates', () => {
    const pending = createPendingOpens();
    pending.push('/a.trplan');
    pending.push('/b.trplan');
    pending.push('/a.trplan');
    expect(pending.drain()).toEqual(['/a.trplan', '/b.trplan']);
    expect(pending.drain()).toEqual([]);
    pending.push('/a.trplan');
    expect(pending.drain()).toEqual(['/a.trplan']);
  });
});
