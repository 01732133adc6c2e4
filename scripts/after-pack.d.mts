// Types of scripts/after-pack.mjs (plain JavaScript, so electron-builder can load it without a
// TypeScript step) for the unit test.
import type { FuseV1Config, flipFuses } from '@electron/fuses';

export type PackedApp = {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
};

export declare const ELECTRON_FUSES: FuseV1Config;
export declare function electronBinaryPath(context: PackedApp): string;
export declare function afterPack(
  context: PackedApp & { arch: number },
  flip?: typeof flipFuses,
): Promise<void>;
export default afterPack;
