import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { diagramScene } from '../../../shared/diagram/diagram-scene.ts';
import { lightPalette } from '../../../shared/diagram/palette.ts';
import { arrowhead, escapeXml, sceneToSvg } from '../../../shared/diagram/scene-svg.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';

const hasRsvg = (() => {
  try {
    execFileSync('rsvg-convert', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

/** Share of pixels that are not the background (white or transparent). */
function inkShare(png: Uint8Array): number {
  const image = decode(png);
  const channels = image.channels;
  let ink = 0;
  for (let i = 0; i < image.data.length; i += channels) {
    const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    const alpha = channels === 4 ? image.data[i + 3]! : 255;
    if (alpha > 0 && (r < 240 || g < 240 || b < 240)) ink++;
  }
  return ink / (image.width * image.height);
}

describe('diagram scene as SVG', () => {
  it.each(['en', 'zh-CN'] as const)(
    'worked example (%s): true SVG, small, names as text',
    async (language) => {
      const doc = exampleDocument(language);
      const svg = sceneToSvg(await diagramScene(doc), doc.meta.title);
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).not.toMatch(/foreignObject/i);
      expect(svg.length).toBeLessThan(200_000);
      expect(svg).toContain("font-family=\"'Noto Sans CJK SC', 'Noto Sans SC'");
      const parsed = new XMLParser({ ignoreAttributes: true }).parse(svg) as {
        svg: { text: (string | number)[] };
      };
      const texts = parsed.svg.text.map(String);
      for (const system of doc.flows.systems) {
        const firstWord = system.name.split(/[\s/]/)[0]!;
        expect(
          texts.some((t) => t.includes(firstWord)),
          system.name,
        ).toBe(true);
      }
    },
  );

  it('escapes names and never shows UI state (findings) in the picture', async () => {
    const doc = exampleDocument('en');
    const hostile: ProjectDocument = {
      ...doc,
      flows: {
        ...doc.flows,
        systems: doc.flows.systems.map((s, i) =>
          i === 0 ? { ...s, name: 'A & <B> "C" \'D\'' } : s,
        ),
      },
    };
    const svg = sceneToSvg(await diagramScene(hostile));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain(escapeXml('A & <B> "C"'));
    expect(svg).not.toMatch(/⚠/);
  });

  it('draws in the light palette, on white or transparent', async () => {
    const doc = exampleDocument('en');
    const white = await diagramScene(doc);
    const clear = await diagramScene(doc, { background: 'transparent' });
    expect(white.background).toBe(lightPalette.background);
    expect(clear.background).toBeUndefined();
    expect(sceneToSvg(clear)).not.toContain(`fill="${lightPalette.background}"/>\n<rect`);
  });

  it('points arrowheads along the last segment', () => {
    const { corners, lineEnd } = arrowhead({ x: 0, y: 0 }, { x: 100, y: 0 }, 2);
    expect(corners[0]).toEqual({ x: 100, y: 0 });
    expect(corners[1]!.x).toBeLessThan(100);
    expect(corners[1]!.y).toBeCloseTo(-corners[2]!.y);
    expect(lineEnd.x).toBeLessThan(100);
  });

  it.skipIf(!hasRsvg)(
    'renders in rsvg-convert (librsvg) to a picture that is not blank',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'diagram-svg-'));
      for (const language of ['en', 'zh-CN'] as const) {
        const scene = await diagramScene(exampleDocument(language));
        writeFileSync(join(dir, 'in.svg'), sceneToSvg(scene));
        execFileSync('rsvg-convert', [join(dir, 'in.svg'), '-o', join(dir, 'out.png')]);
        const png = readFileSync(join(dir, 'out.png'));
        const image = decode(png);
        expect([image.width, image.height]).toEqual([scene.width, scene.height]);
        expect(inkShare(png)).toBeGreaterThan(0.05);
      }
    },
  );

  it.runIf(!hasRsvg)(
    'needs rsvg-convert (apt-get install librsvg2-bin) for the render check',
    () => {
      console.warn(
        'rsvg-convert is missing: the SVG render check was skipped (install librsvg2-bin)',
      );
    },
  );
});
