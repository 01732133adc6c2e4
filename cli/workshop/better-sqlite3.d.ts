// The part of better-sqlite3's API the workshop store uses (the package ships no types and
// @types/better-sqlite3 is not installed).
declare module 'better-sqlite3' {
  type RunResult = { changes: number; lastInsertRowid: number | bigint };
  type Statement<Row> = {
    run(...params: unknown[]): RunResult;
    get(...params: unknown[]): Row | undefined;
    all(...params: unknown[]): Row[];
  };
  class Database {
    constructor(path: string, options?: { timeout?: number });
    prepare<Row = unknown>(sql: string): Statement<Row>;
    exec(sql: string): this;
    pragma(source: string): unknown;
    transaction<Args extends unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R;
    close(): this;
    readonly open: boolean;
  }
  export default Database;
}
