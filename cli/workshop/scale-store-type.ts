// Placeholder until ws-core's WorkshopStore lands; replaced by its import after the merge.
export type WorkshopStore = {
  load(room: string): Promise<Uint8Array | null>;
  store(room: string, update: Uint8Array): Promise<void>;
  close(): Promise<void>;
  readMeta?(key: string): Promise<string | null>;
  writeMeta?(key: string, value: string): Promise<void>;
};
