/**
 * Starts a module worker from a script of our own build, or returns null where the browser has
 * none (tests in Node, very old browsers) so the caller falls back to its in-thread path. From
 * file:// (Electron), whose origin is opaque, a worker cannot load a file: URL directly: it is
 * started from a blob: module that imports the script — as pdf.js does for the report preview;
 * the CSP allows `worker-src 'self' blob:` (electron/main/security.ts).
 */
export function startModuleWorker(scriptUrl: string): Worker | null {
  if (typeof Worker === 'undefined') return null;
  const url = new URL(scriptUrl, document.baseURI);
  try {
    if (url.protocol !== 'file:') return new Worker(url, { type: 'module' });
    const wrapper = new Blob([`import ${JSON.stringify(url.href)};`], {
      type: 'text/javascript',
    });
    return new Worker(URL.createObjectURL(wrapper), { type: 'module' });
  } catch {
    return null;
  }
}
