import { Alert, Modal, Spin, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageImage } from './pdf-thumbnails.ts';
import { THUMBNAIL_WIDTH, usePdfThumbnails } from './usePdfThumbnails.ts';

/** Width of the enlarged page in the modal, in CSS pixels. */
const LARGE_WIDTH = 560;
/** A4's height over its width, for the placeholder of a page not drawn yet. */
const A4_RATIO = 297 / 210;

type Props = {
  bytes: Uint8Array;
  pageCount: number;
  /** The title of each page, page 1 first. */
  titles: string[];
};

/** The real PDF's pages as small images in a grid; a click shows one larger. */
export function PageThumbnails({ bytes, pageCount, titles }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { images, error, renderLarge } = usePdfThumbnails(bytes, pageCount);
  const [open, setOpen] = useState<{ page: number; image: PageImage | null } | null>(null);

  const show = (page: number) => {
    setOpen({ page, image: null });
    void renderLarge(page, LARGE_WIDTH).then((image) =>
      setOpen((current) => (current?.page === page ? { page, image } : current)),
    );
  };
  const placeholderHeight = images.find((i) => i !== null)?.height ?? THUMBNAIL_WIDTH * A4_RATIO;

  if (error) return <Alert type="warning" showIcon message={t('report.thumbnailsFailed')} />;
  return (
    <>
      <div
        data-testid="report-thumbnails"
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(auto-fill, minmax(${THUMBNAIL_WIDTH + 16}px, 1fr))`,
          gap: 16,
        }}
      >
        {images.map((image, index) => {
          const page = index + 1;
          const title = titles[index] ?? '';
          return (
            <button
              key={page}
              type="button"
              onClick={() => show(page)}
              aria-label={t('report.showPage', { page, title })}
              style={{
                all: 'unset',
                cursor: 'pointer',
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                gap: 6,
                minWidth: 0,
              }}
            >
              <div
                style={{
                  width: THUMBNAIL_WIDTH,
                  height: placeholderHeight,
                  background: '#fff',
                  border: `1px solid ${token.colorBorder}`,
                  boxShadow: token.boxShadowTertiary,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                }}
              >
                {image ? (
                  <img
                    src={image.url}
                    alt={t('report.pageImage', { page })}
                    data-testid="report-thumbnail"
                    width={image.width}
                    height={image.height}
                    style={{ display: 'block', width: '100%', height: '100%' }}
                  />
                ) : (
                  <Spin size="small" />
                )}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('report.page', { page })}
              </Typography.Text>
              <Typography.Text
                ellipsis={{ tooltip: title }}
                style={{ fontSize: 12, maxWidth: THUMBNAIL_WIDTH, textAlign: 'center' }}
              >
                {title}
              </Typography.Text>
            </button>
          );
        })}
      </div>
      <Modal
        open={open !== null}
        onCancel={() => setOpen(null)}
        footer={null}
        width={LARGE_WIDTH + 48}
        title={
          open ? `${t('report.page', { page: open.page })} · ${titles[open.page - 1] ?? ''}` : ''
        }
        destroyOnHidden
        centered
      >
        {open?.image ? (
          <img
            src={open.image.url}
            alt={t('report.pageImage', { page: open.page })}
            style={{
              display: 'block',
              margin: '0 auto',
              maxWidth: '100%',
              maxHeight: 'calc(100vh - 160px)',
              border: `1px solid ${token.colorBorder}`,
            }}
          />
        ) : (
          <div style={{ padding: 48, textAlign: 'center' }}>
            <Spin />
          </div>
        )}
      </Modal>
    </>
  );
}
