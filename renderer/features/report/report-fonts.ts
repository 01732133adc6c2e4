import type { ReportFonts } from '../../../shared/report/types.ts';

/**
 * Noto Sans SC for the PDF, fetched as the app's own asset only when a report is built (21 MB:
 * never in the start-up bundle). Vite copies the .ttf files and gives their URLs.
 */
let pending: Promise<ReportFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadReportFonts(): Promise<ReportFonts> {
  pending ??= Promise.all([
    import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'),
    import('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url'),
  ])
    .then(([regular, bold]) => Promise.all([fetchBytes(regular.default), fetchBytes(bold.default)]))
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
