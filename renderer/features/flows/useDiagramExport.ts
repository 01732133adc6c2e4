import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { App } from 'antd';
import { toPng, toSvg } from 'html-to-image';
import { useTranslation } from 'react-i18next';
import { importDiagramModel, keepKnownPhases } from '../../../shared/flows/diagram-model.ts';
import { renderSpec, specFiles, type SpecFormat } from '../../../shared/flows/render-spec.ts';
import { suggestedFileName } from '../../../shared/model/file-names.ts';
import { formatLocatedError } from '../../../shared/model/located-error.ts';
import type { Language } from '../../../shared/model/schema.ts';
import { uploadFile } from '../../platform/file-access.ts';
import { useAppStoreApi, usePlatform } from '../../app/store-context.ts';

/** Size of exported diagram images, in CSS pixels (PNG at 2× for print). */
const IMAGE = { width: 1920, height: 1080, padding: 0.08 } as const;

const dataUrlBytes = (dataUrl: string): Uint8Array<ArrayBuffer> => {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
};

/**
 * The diagram's exports: every specification format (the same bytes as `traceready spec`),
 * PNG and SVG images of the whole diagram, and import of a diagram model.
 */
export function useDiagramExport() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const platform = usePlatform();
  const { getNodes } = useReactFlow();
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

  const exportImage = async (kind: 'png' | 'svg') => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    const bounds = getNodesBounds(getNodes());
    const { x, y, zoom } = getViewportForBounds(
      bounds,
      IMAGE.width,
      IMAGE.height,
      0.1,
      2,
      IMAGE.padding,
    );
    const options = {
      backgroundColor: '#ffffff',
      width: IMAGE.width,
      height: IMAGE.height,
      style: {
        width: `${IMAGE.width}px`,
        height: `${IMAGE.height}px`,
        transform: `translate(${x}px, ${y}px) scale(${zoom})`,
      },
    };
    if (kind === 'png') {
      const url = await toPng(viewport, { ...options, pixelRatio: 2 });
      await save(`${baseName()}.png`, 'image/png', dataUrlBytes(url));
    } else {
      const url = await toSvg(viewport, options);
      await save(
        `${baseName()}.svg`,
        'image/svg+xml',
        decodeURIComponent(url.slice(url.indexOf(',') + 1)),
      );
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
