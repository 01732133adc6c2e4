import { DownloadOutlined, FlagOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { GenerateDialog } from './GenerateDialog.tsx';
import { formatShortDate } from './date-format.ts';
import { ganttZooms, type GanttZoom } from './gantt-layout.ts';
import { usePlanExport, type PlanExportFormat } from './usePlanExport.ts';

const exportFormats: PlanExportFormat[] = ['ics', 'csv', 'mspdi'];

/** Plan actions: add a task, regenerate from steps 1 and 2, save a baseline, export, zoom. */
export function PlanToolbar() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { message } = App.useApp();
  const store = useAppStoreApi();
  const zoom = useAppStore((s) => s.ganttZoom);
  const firstPhaseId = useAppStore((s) => s.doc?.rollout.phases[0]?.id ?? null);
  const [isGenerating, setGenerating] = useState(false);
  const { exportPlan } = usePlanExport();

  const saveBaseline = () => {
    const name = t('rolloutPlan.toolbar.baselineName', {
      date: formatShortDate(store.getState().planToday, language),
    });
    store.getState().saveBaseline(name);
    void message.success(t('rolloutPlan.toolbar.baselineSaved'));
  };

  return (
    <Flex wrap gap="small" align="center" justify="space-between">
      <Flex wrap gap="small">
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            const id = store.getState().addTask(firstPhaseId, t('rolloutPlan.toolbar.newTask'));
            store.getState().selectTask(id);
          }}
        >
          {t('rolloutPlan.toolbar.addTask')}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => setGenerating(true)}>
          {t('rolloutPlan.toolbar.regenerate')}
        </Button>
        <Button icon={<FlagOutlined />} onClick={saveBaseline}>
          {t('rolloutPlan.toolbar.saveBaseline')}
        </Button>
        <Dropdown
          menu={{
            items: exportFormats.map((format) => ({
              key: format,
              label: t(`rolloutPlan.toolbar.${format}`),
              'data-testid': `export-${format}`,
            })),
            onClick: ({ key }) => void exportPlan(key as PlanExportFormat),
          }}
        >
          <Button icon={<DownloadOutlined />} data-testid="plan-exports">
            {t('rolloutPlan.toolbar.exports')}
          </Button>
        </Dropdown>
      </Flex>
      <Flex gap="small" align="center">
        <Typography.Text type="secondary">{t('rolloutPlan.gantt.zoom')}</Typography.Text>
        <Segmented<GanttZoom>
          value={zoom}
          options={ganttZooms.map((value) => ({
            value,
            label: t(`rolloutPlan.gantt.zooms.${value}`),
          }))}
          onChange={(value) => store.getState().setGanttZoom(value)}
        />
      </Flex>
      <GenerateDialog open={isGenerating} onClose={() => setGenerating(false)} />
    </Flex>
  );
}
