import { Flex, Image, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The QR code of a URL as an SVG data URL (package `qrcode`), or null while it is drawn. */
export function useQrCode(url: string | null): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    if (url === null) return;
    void QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => isCurrent && setDataUrl(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`),
    );
    return () => {
      isCurrent = false;
    };
  }, [url]);
  return url === null ? null : dataUrl;
}

type Props = { joinUrl: string; facilitatorUrl: string | null; qrSize?: number };

/** The participants' link with its QR code, and the facilitator's own link, to copy. */
export function JoinLinks({ joinUrl, facilitatorUrl, qrSize = 200 }: Props) {
  const { t } = useTranslation();
  const qr = useQrCode(joinUrl);
  return (
    <Flex gap={16} wrap align="flex-start">
      <Flex vertical align="center" gap={4}>
        {qr && (
          <Image
            src={qr}
            width={qrSize}
            height={qrSize}
            preview={false}
            alt={t('workshop.facilitator.scan')}
            data-testid="join-qr"
            style={{ background: '#fff', borderRadius: 8 }}
          />
        )}
        <Typography.Text type="secondary">{t('workshop.facilitator.scan')}</Typography.Text>
      </Flex>
      <Flex vertical gap={8} style={{ flex: 1, minWidth: 240 }}>
        <Typography.Text strong>{t('workshop.facilitator.joinLink')}</Typography.Text>
        <Typography.Text copyable data-testid="join-url" style={{ wordBreak: 'break-all' }}>
          {joinUrl}
        </Typography.Text>
        {facilitatorUrl && (
          <>
            <Typography.Text strong>{t('workshop.facilitator.facilitatorLink')}</Typography.Text>
            <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
              {facilitatorUrl}
            </Typography.Text>
          </>
        )}
      </Flex>
    </Flex>
  );
}
