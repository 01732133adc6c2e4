/**
 * The parts of the File System Access API TraceReady uses (Chromium-based browsers). TypeScript's
 * DOM library does not declare the pickers yet; where a browser lacks them, the web platform
 * falls back to an <input type=file> upload and a download.
 */
export type PickerOptions = {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
  excludeAcceptAllOption?: boolean;
};

type PermissionMode = { mode: 'read' | 'readwrite' };

export type ProjectFileHandle = FileSystemFileHandle & {
  queryPermission?(mode: PermissionMode): Promise<PermissionState>;
  requestPermission?(mode: PermissionMode): Promise<PermissionState>;
};

type PickerWindow = {
  showOpenFilePicker?: (options?: PickerOptions) => Promise<ProjectFileHandle[]>;
  showSaveFilePicker?: (options?: PickerOptions) => Promise<ProjectFileHandle>;
};

export const pickers = (): PickerWindow => window as unknown as PickerWindow;

/** True when the user closed a picker without choosing: not an error, just a cancel. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Asks for permission on a remembered handle (needed after a reload); false if refused. */
export async function ensurePermission(
  handle: ProjectFileHandle,
  mode: 'read' | 'readwrite',
): Promise<boolean> {
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission({ mode })) === 'granted') return true;
  return (await handle.requestPermission({ mode })) === 'granted';
}

export async function writeToHandle(
  handle: ProjectFileHandle,
  content: string | Uint8Array<ArrayBuffer>,
): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(content);
  await writable.close();
}

/** Saves through the browser's download, the fallback where no save picker exists. */
export function download(
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  mimeType: string,
) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the user pick one file through a hidden <input type=file>; null when they cancel. */
export function uploadFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}
