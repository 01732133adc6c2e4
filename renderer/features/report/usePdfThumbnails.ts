import { useEffect, useRef, useState } from 'react';
import type { PageImage, PdfPages } from './pdf-thumbnails.ts';

/** Width of a thumbnail in CSS pixels. */
export const THUMBNAIL_WIDTH = 160;

export type PdfThumbnails = {
  /** Thumbnails drawn so far, page 1 first; `null` for pages still to come. */
  images: (PageImage | null)[];
  error: string | null;
  /** Draws one page larger (for the modal); `null` when the PDF is gone. */
  renderLarge: (pageNumber: number, cssWidth: number) => Promise<PageImage | null>;
};

/** Lets the browser paint and handle input between two pages. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws the pages of `bytes` with pdf.js, one after another from the first, so a long report
 * never freezes the page. pdf.js is imported only here, when there are bytes to draw; the
 * document is destroyed when the bytes change or the component unmounts.
 */
export function usePdfThumbnails(bytes: Uint8Array | null, pageCount: number): PdfThumbnails {
  // Kept with the bytes they belong to, so a rebuild shows placeholders at once.
  const [drawn, setDrawn] = useState<{
    bytes: Uint8Array | null;
    images: (PageImage | null)[];
    error: string | null;
  }>({ bytes: null, images: [], error: null });
  const pdf = useRef<PdfPages | null>(null);

  useEffect(() => {
    if (!bytes) return;
    const update = (
      change: (images: (PageImage | null)[]) => (PageImage | null)[],
      error: string | null,
    ) =>
      setDrawn((prev) => ({
        bytes,
        images: change(
          prev.bytes === bytes ? prev.images : Array.from({ length: pageCount }, () => null),
        ),
        error,
      }));
    let cancelled = false;
    let opened: PdfPages | null = null;
    void (async () => {
      try {
        const { openPdf } = await import('./pdf-thumbnails.ts');
        if (cancelled) return;
        opened = openPdf(bytes);
        pdf.current = opened;
        const count = await opened.pageCount;
        for (let page = 1; page <= count && !cancelled; page++) {
          const image = await opened.render(page, THUMBNAIL_WIDTH);
          if (cancelled) return;
          update((prev) => prev.map((old, i) => (i === page - 1 ? image : old)), null);
          await yieldToBrowser();
        }
      } catch (caught) {
        if (!cancelled)
          update((prev) => prev, caught instanceof Error ? caught.message : String(caught));
      }
    })();
    return () => {
      cancelled = true;
      if (opened && pdf.current === opened) pdf.current = null;
      void opened?.destroy();
    };
  }, [bytes, pageCount]);

  const renderLarge = async (pageNumber: number, cssWidth: number) => {
    const current = pdf.current;
    if (!current) return null;
    try {
      return await current.render(pageNumber, cssWidth);
    } catch {
      return null;
    }
  };

  if (drawn.bytes !== bytes) {
    return {
      images: Array.from({ length: bytes ? pageCount : 0 }, () => null),
      error: null,
      renderLarge,
    };
  }
  return { images: drawn.images, error: drawn.error, renderLarge };
}
