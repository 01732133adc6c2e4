import type { DesktopApi } from '../../shared/ipc-contract.ts';
import { createDesktopPlatform } from './desktop.ts';
import type { Platform } from './platform.ts';
import { createWebPlatform } from './web.ts';

/** The desktop bridge if the preload exposed one, else the web platform. */
export function detectPlatform(): Platform {
  const bridge = (window as { traceready?: DesktopApi }).traceready;
  return bridge?.kind === 'desktop' ? createDesktopPlatform(bridge) : createWebPlatform();
}
