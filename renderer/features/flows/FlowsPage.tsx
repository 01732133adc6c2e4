import { ApartmentOutlined, ExpandOutlined, FileAddOutlined } from '@ant-design/icons';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/model/ids.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { DiagramCanvas, type DiagramSelection } from './DiagramCanvas.tsx';
import type { FindingCounts } from './diagram-view.ts';
import { Inspector } from './Inspector.tsx';
import { Palette } from './Palette.tsx';
import { useDiagramClipboard } from './useDiagramClipboard.ts';

const NO_SELECTION: DiagramSelection = { systems: [], flows: [], notes: [] };
const NO_FINDINGS: FindingCounts = new Map();

/** The data-flow diagram: palette, canvas, inspector. */
export function FlowsPage() {
  return (
    <ReactFlowProvider>
      <FlowsWorkspace />
    </ReactFlowProvider>
  );
}

function FlowsWorkspace() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { fitView, setNodes } = useReactFlow();
  const systemCount = useAppStore((s) => s.doc?.flows.systems.length ?? 0);
  const [selection, setSelection] = useState<DiagramSelection>(NO_SELECTION);
  const findings = useMemo(() => NO_FINDINGS, []);

  const selectSystems = useCallback(
    (ids: string[]) => {
      const chosen = new Set(ids);
      // Runs after the store's update reaches React Flow's nodes.
      requestAnimationFrame(() =>
        setNodes((nodes) => nodes.map((n) => ({ ...n, selected: chosen.has(n.id) }))),
      );
    },
    [setNodes],
  );
  useDiagramClipboard(store, selection, selectSystems);

  const addNote = () =>
    store
      .getState()
      .addNote({ id: newId(), text: t('flows.newNote'), position: { x: 40, y: -120 } });

  return (
    <Flex gap={16} style={{ height: 'calc(100vh - 112px)' }}>
      <Card size="small" style={{ width: 200, overflowY: 'auto', flexShrink: 0 }}>
        <Palette />
      </Card>
      <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
        <Space wrap>
          <Button
            icon={<ApartmentOutlined />}
            onClick={() =>
              void store
                .getState()
                .autoLayout()
                .then(() => fitView())
            }
          >
            {t('flows.autoLayout')}
          </Button>
          <Button icon={<ExpandOutlined />} onClick={() => void fitView()}>
            {t('flows.fitView')}
          </Button>
          <Button icon={<FileAddOutlined />} onClick={addNote}>
            {t('flows.addNote')}
          </Button>
        </Space>
        <Card
          size="small"
          style={{ flex: 1, minHeight: 0 }}
          styles={{ body: { height: '100%', padding: 0 } }}
        >
          {systemCount === 0 && (
            <Empty
              style={{
                position: 'absolute',
                top: '30%',
                left: 0,
                right: 0,
                zIndex: 5,
                pointerEvents: 'none',
              }}
              description={
                <>
                  <Typography.Text strong>{t('flows.emptyTitle')}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{t('flows.emptyHint')}</Typography.Text>
                </>
              }
            />
          )}
          <DiagramCanvas findings={findings} onSelectionChange={setSelection} />
        </Card>
      </Flex>
      <Card size="small" style={{ width: 320, overflowY: 'auto', flexShrink: 0 }}>
        <Inspector selection={selection} />
      </Card>
    </Flex>
  );
}
