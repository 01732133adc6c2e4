import {
  FolderOpenOutlined,
  MoonOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
  CloseOutlined,
  ColumnHeightOutlined,
  SunOutlined,
  TeamOutlined,
  VerticalAlignMiddleOutlined,
} from '@ant-design/icons';
import { Button, Flex, Segmented, Space, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { basename } from '../../shared/model/file-names.ts';
import type { Language } from '../../shared/model/schema.ts';
import { selectCanRedo, selectCanUndo, selectIsDirty, selectTitle } from '../store/selectors.ts';
import { useAppStore, useAppStoreApi } from './store-context.ts';
import { ProjectTitle } from './ProjectTitle.tsx';
import type { ProjectCommands } from './useProjectCommands.ts';

// Loaded on first use: the workshop's links and QR codes stay out of the editor's start-up.
const StartWorkshopDialog = lazy(() =>
  import('../features/workshop/StartWorkshopDialog.tsx').then((m) => ({
    default: m.StartWorkshopDialog,
  })),
);

const languageOptions = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

/** The toolbar: file commands, undo/redo, save state, language and theme switches. */
export function AppHeader({ commands }: { commands: ProjectCommands }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const hasDocument = useAppStore((s) => s.doc !== null);
  const title = useAppStore(selectTitle);
  const isDirty = useAppStore(selectIsDirty);
  const fileName = useAppStore((s) => s.file?.name ?? null);
  const lastAutosaveAt = useAppStore((s) => s.lastAutosaveAt);
  const language = useAppStore((s) => s.language);
  const projectLanguage = useAppStore((s) => s.doc?.meta.language);
  const isDark = useAppStore((s) => s.isDark);
  const isCompact = useAppStore((s) => s.isCompact);
  const canUndo = useStore(store.temporal, selectCanUndo);
  const canRedo = useStore(store.temporal, selectCanRedo);
  const { undo, redo, setLanguage, setDark, setCompact } = store.getState();
  const [isWorkshopOpen, setWorkshopOpen] = useState(false);
  // Mounted from the first opening on, so a running workshop keeps its dialog state when closed.
  const [hasOpenedWorkshop, setHasOpenedWorkshop] = useState(false);

  return (
    <Flex align="center" justify="space-between" gap={16} style={{ width: '100%', height: '100%' }}>
      <Flex align="center" gap={16} style={{ minWidth: 0, flex: 1, whiteSpace: 'nowrap' }}>
        <Typography.Text strong style={{ fontSize: 18, flex: 'none' }}>
          {t('app.name')}
        </Typography.Text>
        {hasDocument && (
          <ProjectTitle
            title={title || t('file.untitled')}
            projectLanguage={projectLanguage}
            fileName={fileName}
            saveState={fileName === null ? 'notSavedYet' : isDirty ? 'unsaved' : 'saved'}
            autosavedAt={
              isDirty && lastAutosaveAt
                ? new Date(lastAutosaveAt).toLocaleTimeString(language)
                : null
            }
          />
        )}
      </Flex>
      <Space style={{ flex: 'none' }}>
        {hasDocument && (
          <>
            <Tooltip title={`${t('action.undo')} (${t('shortcut.undo')})`}>
              <Button
                icon={<UndoOutlined />}
                disabled={!canUndo}
                onClick={undo}
                aria-label={t('action.undo')}
              />
            </Tooltip>
            <Tooltip title={`${t('action.redo')} (${t('shortcut.redo')})`}>
              <Button
                icon={<RedoOutlined />}
                disabled={!canRedo}
                onClick={redo}
                aria-label={t('action.redo')}
              />
            </Tooltip>
            <Tooltip title={t('shortcut.save')}>
              <Button type="primary" icon={<SaveOutlined />} onClick={() => void commands.save()}>
                {t('action.save')}
              </Button>
            </Tooltip>
            <Button onClick={() => void commands.saveAs()}>{t('action.saveAs')}</Button>
            <Tooltip title={t('workshop.start.command')}>
              <Button
                icon={<TeamOutlined />}
                aria-label={t('workshop.start.command')}
                data-testid="start-workshop"
                onClick={() => {
                  setWorkshopOpen(true);
                  setHasOpenedWorkshop(true);
                }}
              />
            </Tooltip>
            {hasOpenedWorkshop && (
              <Suspense fallback={null}>
                <StartWorkshopDialog
                  isOpen={isWorkshopOpen}
                  onClose={() => setWorkshopOpen(false)}
                  onSave={commands.save}
                  onReload={(path) =>
                    commands.openRecent({
                      id: path,
                      name: basename(path),
                      openedAt: new Date().toISOString(),
                    })
                  }
                />
              </Suspense>
            )}
          </>
        )}
        <Button icon={<FolderOpenOutlined />} onClick={() => void commands.open()}>
          {t('action.open')}
        </Button>
        {hasDocument && (
          <Tooltip title={t('action.close')}>
            <Button
              icon={<CloseOutlined />}
              onClick={() => void commands.close()}
              aria-label={t('action.close')}
            />
          </Tooltip>
        )}
        <Segmented
          aria-label={t('action.language')}
          options={languageOptions}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
        />
        <Tooltip title={t('action.darkMode')}>
          <Button
            icon={isDark ? <SunOutlined /> : <MoonOutlined />}
            aria-label={t('action.darkMode')}
            aria-pressed={isDark}
            onClick={() => setDark(!isDark)}
          />
        </Tooltip>
        <Tooltip title={t('action.compact')}>
          <Button
            icon={isCompact ? <ColumnHeightOutlined /> : <VerticalAlignMiddleOutlined />}
            aria-label={t('action.compact')}
            aria-pressed={isCompact}
            type={isCompact ? 'primary' : 'default'}
            ghost={isCompact}
            onClick={() => setCompact(!isCompact)}
          />
        </Tooltip>
      </Space>
    </Flex>
  );
}
