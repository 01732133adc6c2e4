import type { DesktopApi, OpenResponse } from '../../shared/ipc-contract.ts';
import { basename } from '../../shared/model/file-names.ts';
import { serializeProject } from '../../shared/model/serialize.ts';
import type { OpenResult, Platform } from './platform.ts';

const toOpenResult = (response: OpenResponse): OpenResult => {
  switch (response.status) {
    case 'opened':
      return {
        status: 'opened',
        file: { id: response.path, name: basename(response.path) },
        document: response.document,
        notices: response.notices,
      };
    case 'invalid':
      return { status: 'invalid', fileName: basename(response.path), errors: response.errors };
    case 'canceled':
      return response;
  }
};

/** The desktop platform: every call crosses the typed preload bridge to the main process. */
export function createDesktopPlatform(api: DesktopApi): Platform {
  // Documents cross IPC as plain JSON values in their canonical form.
  const plain = (doc: Parameters<typeof serializeProject>[0]) =>
    JSON.parse(serializeProject(doc)) as Record<string, unknown>;
  return {
    kind: 'desktop',
    openProject: async () => toOpenResult(await api.openProject()),
    openRecent: async (entry) => toOpenResult(await api.openProjectPath(entry.id)),
    async saveProject({ document, target, suggestedName }) {
      const response = await api.saveProject({
        path: target?.id ?? null,
        suggestedName,
        document: plain(document),
      });
      if (response.status !== 'saved') return response;
      return {
        status: 'saved',
        file: { id: response.path, name: basename(response.path) },
        isDownload: false,
      };
    },
    async listRecent() {
      const recent = await api.listRecent();
      return recent.map((r) => ({ id: r.path, name: r.name, openedAt: r.openedAt }));
    },
    writeRecovery: ({ document, file }) =>
      api.writeRecovery({ path: file?.id ?? null, document: plain(document) }),
    async readRecovery() {
      const snapshot = await api.readRecovery();
      if (!snapshot) return null;
      const file = snapshot.path ? { id: snapshot.path, name: basename(snapshot.path) } : null;
      return { document: snapshot.document, file, savedAt: snapshot.savedAt };
    },
    clearRecovery: () => api.clearRecovery(),
    async exportFile({ suggestedName, content }) {
      const extension = suggestedName.split('.').pop() ?? '';
      const response = await api.exportFile({
        suggestedName,
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
        content,
      });
      return response.status === 'saved'
        ? { status: 'saved', name: basename(response.path) }
        : response;
    },
    openExternal: (url) => api.openExternal(url),
    setLanguage: (language) => api.setLanguage(language),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenFromOs: (listener) => api.onOpenFromOs((response) => listener(toOpenResult(response))),
    workshop: {
      start: (request) => api.startWorkshop(request),
      stop: () => api.stopWorkshop(),
    },
  };
}
