import { Alert, Button, Checkbox, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopStartResponse } from '../../../shared/ipc-contract.ts';
import { useAppStore, usePlatform } from '../../app/store-context.ts';
import { selectIsDirty } from '../../store/selectors.ts';
import { JoinLinks } from './JoinLinks.tsx';

type Props = {
  isOpen: boolean;
  onClose: () => void;
  /** Saves the project (the workshop serves the file as saved). */
  onSave: () => Promise<unknown>;
  /** Reopens the file after the workshop, so the app shows every vote. */
  onReload: (path: string) => Promise<unknown>;
};

type Started = Extract<WorkshopStartResponse, { status: 'started' }>;

/**
 * "Start workshop": on the desktop, main hosts the server for the saved project and this shows
 * the join link, its QR code and the facilitator link; on the web, which cannot host, how to
 * run `traceready serve` instead.
 */
export function StartWorkshopDialog({ isOpen, onClose, onSave, onReload }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const file = useAppStore((s) => s.file);
  const isDirty = useAppStore(selectIsDirty);
  const [isLan, setLan] = useState(true);
  const [isBusy, setBusy] = useState(false);
  const [started, setStarted] = useState<Started | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const language = useAppStore((state) => state.language);
  const host = platform.workshop;

  // A host that throws (IPC gone, main failed) is reported like a refusal, and the dialog never
  // stays busy.
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      if (!host || !file) return;
      const response = await host.start({ path: file.id, lan: isLan });
      if (response.status === 'started') setStarted(response);
      else setFailure(response.message[language]);
    });
  const stop = () =>
    run(async () => {
      if (!host || !started) return;
      await host.stop();
      setStarted(null);
      await onReload(started.path);
    });

  const body = !host ? (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('workshop.start.webBody')}
      </Typography.Paragraph>
      <Typography.Text code copyable data-testid="serve-command">
        {`traceready serve "${file?.name ?? 'project.trplan'}" --host 0.0.0.0`}
      </Typography.Text>
      <Typography.Text type="secondary">{t('workshop.start.localOnly')}</Typography.Text>
    </Flex>
  ) : started ? (
    <Flex vertical gap={16}>
      <JoinLinks joinUrl={started.joinUrl} facilitatorUrl={started.facilitatorUrl} />
      <Typography.Text type="secondary">{t('workshop.start.whileRunning')}</Typography.Text>
      <Flex gap={8} wrap>
        <Button type="primary" onClick={() => void platform.openExternal(started.facilitatorUrl)}>
          {t('workshop.start.openFacilitator')}
        </Button>
        <Button danger loading={isBusy} onClick={() => void stop()}>
          {t('workshop.start.stop')}
        </Button>
      </Flex>
    </Flex>
  ) : (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('workshop.start.intro')}</Typography.Paragraph>
      {(file === null || isDirty) && (
        <Alert
          type="info"
          showIcon
          title={t('workshop.start.needsFile')}
          action={<Button onClick={() => void onSave()}>{t('action.save')}</Button>}
        />
      )}
      <Checkbox checked={isLan} onChange={(event) => setLan(event.target.checked)}>
        {t('workshop.start.lan')}
      </Checkbox>
      {failure && (
        <Alert type="error" showIcon title={t('workshop.start.failed', { message: failure })} />
      )}
      <Button
        type="primary"
        loading={isBusy}
        disabled={file === null || isDirty}
        onClick={() => void start()}
      >
        {t('workshop.start.command')}
      </Button>
    </Flex>
  );
  return (
    <Modal
      open={isOpen}
      onCancel={onClose}
      footer={null}
      width={640}
      title={host ? t('workshop.start.title') : t('workshop.start.webTitle')}
    >
      {body}
    </Modal>
  );
}
