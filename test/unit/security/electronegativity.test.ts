import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/security.ts';

/**
 * The Electron security gate (issue 11): Doyensec's electronegativity over electron/, zero HIGH
 * findings after the reviewed allow-list below. Its CLI (1.10) crashes against the commander
 * hoisted here (`version is not a function`), so its library entry runs; it tries to fetch
 * translations and falls back to its bundled English after a 1 s timeout when offline. The
 * findings are read back from the CSV it writes, as CI would archive it.
 */

type Finding = {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
};

/** Reviewed false positives: the scanner cannot follow a function call into the options. */
const ALLOWED: { issue: string; file: string; reason: string }[] = [
  {
    issue: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.ts',
    reason:
      'BrowserWindow gets webPreferences from secureWebPreferences() (security.ts), which sets contextIsolation: true; asserted below.',
  },
];

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** One CSV line of electronegativity's report: quoted or bare fields, commas inside quotes. */
function fields(line: string): string[] {
  const out: string[] = [];
  const pattern = /\s*("([^"]*(?:""[^"]*)*)"|[^,]*)\s*(,|$)/g;
  for (let m = pattern.exec(line); m && m[0] !== ''; m = pattern.exec(line)) {
    out.push(m[2] !== undefined ? m[2].replaceAll('""', '"') : m[1]!);
  }
  return out;
}

async function scan(): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity/dist/runner.js') as (
    options: Record<string, unknown>,
    forCli: boolean,
  ) => Promise<{ errors: unknown[] }>;
  const dir = await mkdtemp(join(tmpdir(), 'traceready-electronegativity-'));
  try {
    const output = join(dir, 'findings.csv');
    const result = await run(
      {
        input: join(root, 'electron'),
        output,
        isRelative: true,
        // Needs the network to list Electron releases; the version is pinned in package.json.
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        electronVersionOverride: '45.5.0',
      },
      false,
    );
    expect(result.errors).toEqual([]);
    const lines = (await readFile(output, 'utf8')).split(/\r?\n/).filter((l) => l.trim() !== '');
    return lines.slice(1).map((line) => {
      const [issue, severity, confidence, file, location] = fields(line);
      return {
        issue: issue!,
        severity: severity!,
        confidence: confidence!,
        file: file!,
        location: location!,
      };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('electronegativity over electron/', { timeout: 60_000 }, () => {
  it('finds no HIGH issue outside the reviewed allow-list, and every entry is still needed', async () => {
    const findings = await scan();
    expect(findings.length).toBeGreaterThan(0); // the scan ran and parsed TypeScript
    const isAllowed = (f: Finding) => ALLOWED.some((a) => a.issue === f.issue && a.file === f.file);
    expect(findings.filter((f) => f.severity === 'HIGH' && !isAllowed(f))).toEqual([]);
    for (const entry of ALLOWED) {
      expect(
        findings.some((f) => f.issue === entry.issue && f.file === entry.file),
        entry.issue,
      ).toBe(true);
    }
  });

  it('the allow-listed options really are set where the scanner cannot see them', () => {
    expect(secureWebPreferences('/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });
});
