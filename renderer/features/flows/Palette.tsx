import { Button, Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import {
  laneOfKind,
  systemKindLabels,
  type SystemKind,
} from '../../../shared/flows/system-kinds.ts';
import { newId } from '../../../shared/model/ids.ts';
import { systemKinds } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { PALETTE_MIME } from './diagram-constants.ts';

/** A kind's name on one line, cut with an ellipsis in a narrow panel (full name in the title). */
const labelStyle: CSSProperties = {
  display: 'block',
  minWidth: 0,
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
};

/** The system kinds: drag one onto the canvas, or click it to add it (keyboard users too). */
export function Palette() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const systemCount = useAppStore((s) => s.doc?.flows.systems.length ?? 0);

  const add = (kind: SystemKind) => {
    const projectLanguage = store.getState().doc?.meta.language ?? language;
    store.getState().addSystem({
      id: newId(),
      kind,
      name: systemKindLabels[kind][projectLanguage],
      product: '',
      owner: null,
      location: '',
      lane: laneOfKind(kind),
      isOutOfScope: false,
      outOfScopeReason: '',
      position: { x: 40 + (systemCount % 5) * 240, y: 40 + Math.floor(systemCount / 5) * 120 },
    });
  };

  return (
    <Flex vertical gap={6}>
      <Typography.Text strong>{t('flows.palette')}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('flows.paletteHint')}
      </Typography.Text>
      {systemKinds.map((kind) => (
        <Button
          key={kind}
          size="small"
          draggable
          data-testid={`palette-${kind}`}
          title={systemKindLabels[kind][language]}
          style={{ justifyContent: 'flex-start', cursor: 'grab', width: '100%', minWidth: 0 }}
          onDragStart={(event) => {
            event.dataTransfer.setData(PALETTE_MIME, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => add(kind)}
        >
          <span style={labelStyle}>{systemKindLabels[kind][language]}</span>
        </Button>
      ))}
    </Flex>
  );
}
