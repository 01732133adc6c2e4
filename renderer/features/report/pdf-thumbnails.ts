import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// Loaded only through a dynamic import once a preview is built, so pdf.js stays out of the
// start screen's bundle. The worker is a file of our own build ('self' in the CSP).
GlobalWorkerOptions.workerSrc = workerUrl;

/** One page drawn as a PNG data URL, with its size in CSS pixels. */
export type PageImage = { url: string; width: number; height: number };

/** An open PDF whose pages can be drawn one at a time; `destroy` frees pdf.js and its worker. */
export type PdfPages = {
  pageCount: Promise<number>;
  render(pageNumber: number, cssWidth: number): Promise<PageImage>;
  destroy(): Promise<void>;
};

/**
 * Opens the PDF's bytes with pdf.js. The bytes are copied: pdf.js transfers its buffer to the
 * worker, and the caller still exports the same bytes.
 */
export function openPdf(bytes: Uint8Array): PdfPages {
  // No eval: the CSP forbids it, and pdf.js draws fonts without it just as well.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false });
  return {
    pageCount: task.promise.then((pdf) => pdf.numPages),
    async render(pageNumber, cssWidth) {
      const pdf = await task.promise;
      const page = await pdf.getPage(pageNumber);
      const ratio = Math.min(window.devicePixelRatio || 1, 2);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (cssWidth * ratio) / base.width });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas context');
      await page.render({ canvasContext: context, viewport }).promise;
      page.cleanup();
      return {
        url: canvas.toDataURL('image/png'),
        width: cssWidth,
        height: Math.round((cssWidth * base.height) / base.width),
      };
    },
    destroy: () => task.destroy(),
  };
}
