import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { diagramScene } from '../../../shared/diagram/diagram-scene.ts';
import { sceneToSvg } from '../../../shared/diagram/scene-svg.ts';
import { importDiagramModel, keepKnownPhases } from '../../../shared/flows/diagram-model.ts';
import { renderSpec, specFiles, type SpecFormat } from '../../../shared/flows/render-spec.ts';
import { suggestedFileName } from '../../../shared/model/file-names.ts';
import { formatLocatedError } from '../../../shared/model/located-error.ts';
import type { Language } from '../../../shared/model/schema.ts';
import { uploadFile } from '../../platform/file-access.ts';
import { useAppStoreApi, usePlatform } from '../../app/store-context.ts';

/** A picture of the diagram: vector SVG, or PNG at 2× on white or transparent. */
export type ImageExport = { kind: 'svg' | 'png'; background: 'white' | 'transparent' };

/** PNGs are rasterised at twice the diagram's CSS size, for print and high-density screens. */
const PNG_SCALE = 2;

/** The SVG drawn into a canvas through an <img> (no DOM capture): the PNG matches the SVG. */
async function rasterise(
  svg: string,
  width: number,
  height: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * PNG_SCALE);
  canvas.height = Math.ceil(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the PNG could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The diagram's exports: every specification format (the same bytes as `traceready spec`),
 * the diagram as SVG and PNG (the same drawing as `traceready spec --format svg|png` and the
 * report, from shared/diagram), and import of a diagram model.
 */
export function useDiagramExport() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const platform = usePlatform();
  const { message, modal } = App.useApp();

  const baseName = () =>
    suggestedFileName(store.getState().doc?.meta.title ?? '', 'diagram').replace(/\.trplan$/, '');
  const save = async (
    suggestedName: string,
    mimeType: string,
    content: string | Uint8Array<ArrayBuffer>,
  ) => {
    const result = await platform.exportFile({ suggestedName, mimeType, content });
    if (result.status === 'saved')
      void message.success(t('flows.exports.done', { name: result.name }));
    if (result.status === 'failed')
      modal.error({
        title: t('flows.exports.failed'),
        content: result.message[i18n.language as Language],
      });
  };

  const exportSpec = async (format: SpecFormat) => {
    const doc = store.getState().doc;
    if (!doc) return;
    const output = await renderSpec(doc, format, doc.meta.language);
    const file = specFiles[format];
    const content =
      typeof output.content === 'string' ? output.content : new Uint8Array(output.content);
    await save(`${baseName()}.${file.extension}`, file.mimeType, content);
  };

  const exportImage = async ({ kind, background }: ImageExport) => {
    const doc = store.getState().doc;
    if (!doc) return;
    const scene = await diagramScene(doc, { background });
    const svg = sceneToSvg(scene, doc.meta.title);
    if (kind === 'svg') return save(`${baseName()}.svg`, 'image/svg+xml', svg);
    try {
      const png = await rasterise(svg, scene.width, scene.height);
      await save(`${baseName()}.png`, 'image/png', png);
    } catch (error) {
      modal.error({
        title: t('flows.exports.failed'),
        content: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const importModel = async () => {
    const file = await uploadFile('.json');
    if (!file) return;
    const doc = store.getState().doc;
    const result = importDiagramModel(await file.text());
    if (!result.ok) {
      const language = i18n.language as Language;
      modal.error({
        title: t('flows.importInvalid'),
        width: 640,
        content: `${file.name}\n\n${result.errors
          .slice(0, 12)
          .map((e) => formatLocatedError(e, language))
          .join('\n')}`,
        className: 'located-errors',
      });
      return;
    }
    // Phases of another project's plan do not carry over: those flows come in unphased.
    const phaseIds = new Set(doc?.rollout.phases.map((p) => p.id));
    store.getState().replaceDiagram(keepKnownPhases(result.flows, phaseIds));
    void message.success(
      t('flows.exports.imported', {
        systems: result.flows.systems.length,
        flows: result.flows.flows.length,
      }),
    );
  };

  return { exportSpec, exportImage, importModel };
}
