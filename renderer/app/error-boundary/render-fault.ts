/**
 * A deliberate render failure for the end-to-end test of the error boundary: with
 * `?fail-render=<page>` in the URL, that page throws while rendering. Only in dev and in the
 * e2e build (`vite build --mode e2e`); a production build replaces the condition with `false`
 * and drops the rest.
 */
export function throwIfRenderFaultRequested(page: string): void {
  if (import.meta.env.DEV || import.meta.env.MODE === 'e2e') {
    const wanted = new URLSearchParams(window.location.search).get('fail-render');
    if (wanted === page) throw new Error(`Injected render failure on the ${page} page (test)`);
  }
}
