import { Badge, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/schema.ts';

/** Whether the open project is on disk: never saved, saved with later changes, or saved. */
export type SaveState = 'notSavedYet' | 'unsaved' | 'saved';

const badgeStatus = { notSavedYet: 'warning', unsaved: 'warning', saved: 'success' } as const;
const saveStateKey = {
  notSavedYet: 'file.notSavedYet',
  unsaved: 'file.unsaved',
  saved: 'file.saved',
} as const;

/**
 * The project's title over its file name and save state, in two lines so neither is cut at
 * usual window widths; when space does run out, the full text shows in a tooltip. The title is
 * tagged with the project's language (Chinese glyph forms in the English UI).
 */
export function ProjectTitle(props: {
  title: string;
  projectLanguage: Language | undefined;
  fileName: string | null;
  saveState: SaveState;
  autosavedAt: string | null;
}) {
  const { t } = useTranslation();
  const { title, fileName, saveState, autosavedAt } = props;
  return (
    <Flex vertical justify="center" style={{ minWidth: 0, lineHeight: 1.35 }}>
      <Typography.Text
        strong
        ellipsis={{ tooltip: title }}
        lang={props.projectLanguage}
        data-testid="project-title"
      >
        {title}
      </Typography.Text>
      <Flex align="center" gap={8} style={{ minWidth: 0, fontSize: 12 }}>
        {fileName !== null && (
          <Typography.Text
            type="secondary"
            ellipsis={{ tooltip: fileName }}
            style={{ fontSize: 12, minWidth: 0 }}
            data-testid="file-name"
          >
            {fileName}
          </Typography.Text>
        )}
        <Badge
          status={badgeStatus[saveState]}
          style={{ flex: 'none' }}
          text={
            <span data-testid="save-state" style={{ fontSize: 12 }}>
              {t(saveStateKey[saveState])}
            </span>
          }
        />
        {autosavedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {t('recovery.autosaved', { time: autosavedAt })}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
