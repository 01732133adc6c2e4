import {
  ApartmentOutlined,
  AppstoreOutlined,
  BranchesOutlined,
  CompressOutlined,
  DownloadOutlined,
  ExpandOutlined,
  FileAddOutlined,
  FullscreenOutlined,
  ImportOutlined,
  PushpinFilled,
  PushpinOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Badge, Button, Dropdown, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { specFormats, type SpecFormat } from '../../../shared/flows/render-spec.ts';
import { topologies } from '../../../shared/flows/topologies.ts';
import { useAppStore } from '../../app/store-context.ts';
import type { DiagramPanels } from './diagram-panels.ts';
import type { ImageExport } from './useDiagramExport.ts';

type Props = {
  panels: DiagramPanels;
  setPanels: (patch: Partial<DiagramPanels>) => void;
  isFocused: boolean;
  setFocused: (isFocused: boolean) => void;
  findingCount: number;
  onAutoLayout: () => void;
  onFitView: () => void;
  onAddNote: () => void;
  onExportSpec: (format: SpecFormat) => void;
  onExportImage: (image: ImageExport) => void;
  onTopology: (id: string) => void;
  onImport: () => void;
};

const imageExports: Record<string, ImageExport> = {
  'image-svg': { kind: 'svg', background: 'white' },
  'image-png-white': { kind: 'png', background: 'white' },
  'image-png-transparent': { kind: 'png', background: 'transparent' },
};

/** The diagram's toolbar, on one row: actions on the left, panels and focus on the right. */
export function DiagramToolbar(props: Props) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const { panels, setPanels, isFocused, findingCount } = props;
  const icon = (title: string, node: React.ReactNode, onClick: () => void, isActive = false) => (
    <Tooltip title={title}>
      <Button
        aria-label={title}
        icon={node}
        type={isActive ? 'primary' : 'default'}
        ghost={isActive}
        onClick={onClick}
      />
    </Tooltip>
  );
  return (
    <Flex gap={8} align="center" wrap={false} style={{ minWidth: 0, overflow: 'hidden' }}>
      {icon(
        panels.isPaletteOpen ? t('diagram.hidePalette') : t('diagram.showPalette'),
        <AppstoreOutlined />,
        () => setPanels({ isPaletteOpen: !panels.isPaletteOpen }),
        panels.isPaletteOpen,
      )}
      <Button icon={<ApartmentOutlined />} onClick={props.onAutoLayout}>
        {t('flows.autoLayout')}
      </Button>
      {icon(t('flows.fitView'), <ExpandOutlined />, props.onFitView)}
      {icon(t('flows.addNote'), <FileAddOutlined />, props.onAddNote)}
      <Dropdown
        menu={{
          items: [
            ...Object.keys(imageExports).map((key) => ({
              key,
              label: t(
                key === 'image-svg'
                  ? 'diagram.image.svg'
                  : key === 'image-png-white'
                    ? 'diagram.image.pngWhite'
                    : 'diagram.image.pngTransparent',
              ),
            })),
            { type: 'divider' as const },
            ...specFormats.map((format) => ({ key: format, label: t(`flows.exports.${format}`) })),
          ],
          onClick: ({ key }) => {
            const image = imageExports[key];
            if (image) props.onExportImage(image);
            else props.onExportSpec(key as SpecFormat);
          },
        }}
      >
        <Button icon={<DownloadOutlined />} data-testid="diagram-export">
          {t('flows.export')}
        </Button>
      </Dropdown>
      <Dropdown
        menu={{
          items: topologies.map((topology) => ({
            key: topology.id,
            label: topology.name[language],
            title: topology.description[language],
          })),
          onClick: ({ key }) => props.onTopology(key),
        }}
      >
        <Button icon={<BranchesOutlined />} data-testid="diagram-topology">
          {t('flows.topology')}
        </Button>
      </Dropdown>
      {icon(t('flows.import'), <ImportOutlined />, props.onImport)}
      <div style={{ flex: 1 }} />
      <Badge count={findingCount} size="small" offset={[-4, 2]}>
        <Button
          icon={<SafetyCertificateOutlined />}
          data-testid="diagram-validation-toggle"
          type={panels.isValidationOpen ? 'primary' : 'default'}
          ghost={panels.isValidationOpen}
          title={
            panels.isValidationOpen ? t('diagram.hideValidation') : t('diagram.showValidation')
          }
          onClick={() => setPanels({ isValidationOpen: !panels.isValidationOpen })}
        >
          {t('diagram.validation')}
        </Button>
      </Badge>
      {icon(
        panels.isInspectorPinned ? t('diagram.unpinInspector') : t('diagram.pinInspector'),
        panels.isInspectorPinned ? <PushpinFilled /> : <PushpinOutlined />,
        () => setPanels({ isInspectorPinned: !panels.isInspectorPinned }),
        panels.isInspectorPinned,
      )}
      <Tooltip title={isFocused ? t('diagram.focusOff') : t('diagram.focusOn')}>
        <Button
          data-testid="diagram-focus"
          icon={isFocused ? <CompressOutlined /> : <FullscreenOutlined />}
          onClick={() => props.setFocused(!isFocused)}
        >
          {t('diagram.focus')}
        </Button>
      </Tooltip>
    </Flex>
  );
}
