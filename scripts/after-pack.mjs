// electron-builder `afterPack` hook (electron-builder.yml): sets the Electron fuses of the
// packaged binary before it is signed. Fuses are bits in the Electron executable that switch
// features off at build time, where no command line, environment variable or script can turn
// them back on (https://www.electronjs.org/docs/latest/tutorial/fuses).
//
// Untested against a real binary here (no Electron binary on the build machine): the config and
// the binary path per platform are unit-tested (test/unit/electron/after-pack.test.ts), and
// `npx @electron/fuses read --app <path>` on a packaged app shows the result.
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { join } from 'node:path';

/**
 * The fuses TraceReady ships with. Fuses not listed keep Electron's default
 * (LoadBrowserProcessSpecificV8Snapshot off; GrantFileProtocolExtraPrivileges on, because the
 * window loads dist/renderer/index.html from file://).
 */
export const ELECTRON_FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node.js runtime.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium storage encrypted with an OS-protected key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require) could inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would let anyone attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS Info.plist, Windows
  // resource; Electron has no ASAR integrity on Linux).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Without this, a loose resources/app folder next to app.asar would be loaded instead.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

/** electron-builder's `Arch.arm64` (builder-util). */
const ARCH_ARM64 = 3;

/**
 * The Electron executable inside a packed app, per electron-builder's naming: Windows
 * `<productFilename>.exe`, macOS (and Mac App Store) `<productFilename>.app/Contents/MacOS/
 * <productFilename>`, Linux the packager's `executableName` (the lower-cased package name).
 *
 * @param {{ appOutDir: string; electronPlatformName: string;
 *   packager: { appInfo: { productFilename: string }; executableName?: string } }} context
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${name}.exe`);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`, 'Contents', 'MacOS', name);
    case 'linux':
      return join(appOutDir, packager.executableName ?? name.toLowerCase());
    default:
      throw new Error(`after-pack: no Electron binary known for "${electronPlatformName}"`);
  }
}

/**
 * The hook. On Apple silicon, changing the binary breaks its ad-hoc signature, so it is reset
 * (electron-builder signs properly afterwards when a certificate is configured).
 *
 * @param {Parameters<typeof electronBinaryPath>[0] & { arch: number }} context
 * @param {typeof flipFuses} flip
 */
export async function afterPack(context, flip = flipFuses) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flip(electronBinaryPath(context), {
    ...ELECTRON_FUSES,
    resetAdHocDarwinSignature: isMac && context.arch === ARCH_ARM64,
  });
}

export default afterPack;
