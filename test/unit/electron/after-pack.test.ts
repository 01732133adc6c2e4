import { FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ELECTRON_FUSES,
  afterPack,
  electronBinaryPath,
  type PackedApp,
} from '../../../scripts/after-pack.mjs';

const out = join('release', 'unpacked');
const packed = (electronPlatformName: string): PackedApp => ({
  appOutDir: out,
  electronPlatformName,
  packager: { appInfo: { productFilename: 'TraceReady' }, executableName: 'traceready' },
});

describe('Electron fuses in packaging (issue 11, item 8)', () => {
  it('switch off running as Node, NODE_OPTIONS and --inspect; switch on cookie encryption and ASAR integrity', () => {
    expect(ELECTRON_FUSES).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it.each([
    ['win32', join(out, 'TraceReady.exe')],
    ['darwin', join(out, 'TraceReady.app', 'Contents', 'MacOS', 'TraceReady')],
    ['mas', join(out, 'TraceReady.app', 'Contents', 'MacOS', 'TraceReady')],
    ['linux', join(out, 'traceready')],
  ])('finds the Electron binary on %s', (platform, expected) => {
    expect(electronBinaryPath(packed(platform))).toBe(expected);
  });

  it('refuses a platform it does not know rather than guess', () => {
    expect(() => electronBinaryPath(packed('aix'))).toThrow(/no Electron binary/);
  });

  it.each([
    ['win32', 1, false],
    ['darwin', 1, false],
    ['darwin', 3, true], // arm64: the ad-hoc signature must be redone after the change
    ['linux', 3, false],
  ])(
    'flips the fuses of the packed binary (%s, arch %i)',
    async (platform, arch, resetSignature) => {
      const flips: [string, FuseConfig][] = [];
      await afterPack({ ...packed(platform), arch }, (path, config) => {
        flips.push([path, config]);
        return Promise.resolve(0);
      });
      expect(flips).toEqual([
        [
          electronBinaryPath(packed(platform)),
          { ...ELECTRON_FUSES, resetAdHocDarwinSignature: resetSignature },
        ],
      ]);
    },
  );

  it('sets the wire of a binary through the real @electron/fuses (a stand-in for Electron)', async () => {
    // Electron's fuse wire: a sentinel, the wire version, its length, then one byte per fuse,
    // '0' off and '1' on (electron/build/fuses/build_fuses.py), here with Electron's defaults.
    const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
    const wire = Buffer.from([1, 8, ...Buffer.from('10110001')]);
    const dir = mkdtempSync(join(tmpdir(), 'traceready-fuses-'));
    const fake = Buffer.concat([Buffer.alloc(64, 0x90), sentinel, wire, Buffer.alloc(64, 0x90)]);
    writeFileSync(join(dir, 'traceready'), fake);

    await afterPack({ ...packed('linux'), appOutDir: dir, arch: 1 });

    const on = 49; // FuseState.ENABLE ('1')
    const off = 48; // FuseState.DISABLE ('0')
    expect(await getCurrentFuseWire(join(dir, 'traceready'))).toMatchObject({
      [FuseV1Options.RunAsNode]: off,
      [FuseV1Options.EnableCookieEncryption]: on,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: off,
      [FuseV1Options.EnableNodeCliInspectArguments]: off,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: on,
      [FuseV1Options.OnlyLoadAppFromAsar]: on,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: off, // untouched
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: on, // untouched: file:// loading
    });
  });

  it('is the afterPack hook of electron-builder.yml, with the app in an ASAR', () => {
    const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
    expect(config.afterPack).toBe('scripts/after-pack.mjs');
    expect(config.asar).toBe(true);
  });
});
