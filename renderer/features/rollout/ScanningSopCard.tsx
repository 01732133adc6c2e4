import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Modal, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/schema.ts';
import { scanningSop } from '../../../shared/rollout/scanning-sop.ts';
import { useAppStore } from '../../app/store-context.ts';
import { ScanningSopSheet } from './ScanningSopSheet.tsx';

/** While the print view is open, printing shows the SOP sheet alone, on one A4 page. */
const PRINT_CSS = `
.tr-sop-print { display: none; }
@media print {
  @page { size: A4; margin: 12mm; }
  body > *:not(.tr-sop-print) { display: none !important; }
  body > .tr-sop-print { display: block !important; }
  body { background: #fff !important; }
}`;

/** The scanning SOP: what it covers, and a print-friendly view in either language. */
export function ScanningSopCard() {
  const { t } = useTranslation();
  const uiLanguage = useAppStore((s) => s.language);
  const [isOpen, setOpen] = useState(false);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const sheet = <ScanningSopSheet language={language} />;
  return (
    <Card
      size="small"
      title={t('rolloutTeam.training.sop')}
      extra={
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          data-testid="print-sop"
          onClick={() => {
            setLanguage(uiLanguage);
            setOpen(true);
          }}
        >
          {t('rolloutTeam.training.printSop')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('rolloutTeam.training.sopIntro')}
      </Typography.Paragraph>
      <Typography.Text>
        {scanningSop.scanPoints.title[uiLanguage]}
        {uiLanguage === 'en' ? ': ' : '：'}
        {scanningSop.scanPoints.points
          .map((p) => p.when[uiLanguage].split(/[:：]/)[0])
          .join(uiLanguage === 'en' ? ' · ' : '、')}
      </Typography.Text>
      <Modal
        open={isOpen}
        width={860}
        title={t('rolloutTeam.training.sop')}
        onCancel={() => setOpen(false)}
        footer={[
          <Segmented<Language>
            key="language"
            value={language}
            onChange={setLanguage}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
            style={{ float: 'left' }}
          />,
          <Button key="close" onClick={() => setOpen(false)}>
            {t('rolloutTeam.training.closeSop')}
          </Button>,
          <Button
            key="print"
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
          >
            {t('rolloutTeam.training.printSop')}
          </Button>,
        ]}
      >
        <div style={{ border: '1px solid #ccc', borderRadius: 4, overflow: 'hidden' }}>{sheet}</div>
        {isOpen &&
          createPortal(
            <div className="tr-sop-print" aria-hidden>
              <style>{PRINT_CSS}</style>
              <ScanningSopSheet language={language} />
            </div>,
            document.body,
          )}
      </Modal>
    </Card>
  );
}
