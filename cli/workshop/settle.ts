/**
 * Runs `work` now and gives its result (or error) as a promise: synchronous work behind the
 * promise-returning APIs of Hocuspocus hooks and stores, done before the call returns.
 */
export function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
