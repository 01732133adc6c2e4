import QRCode from 'qrcode';

/**
 * A QR code of `text` as plain Unicode block characters, two modules per character row
 * (▀ ▄ █), with a quiet zone. No ANSI colours: the CLI prints only inert text. The light modules
 * are the printed blocks, so it reads as a normal QR code on the usual dark terminal (and as an
 * inverted one, which most phone cameras also read, on a light terminal).
 */
export function qrText(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const quiet = 2;
  const size = modules.size + quiet * 2;
  const isLight = (row: number, col: number) => {
    const r = row - quiet;
    const c = col - quiet;
    if (r < 0 || c < 0 || r >= modules.size || c >= modules.size) return true;
    return !modules.get(r, c);
  };
  const lines: string[] = [];
  for (let row = 0; row < size; row += 2) {
    let line = '';
    for (let col = 0; col < size; col++) {
      const top = isLight(row, col);
      const bottom = row + 1 < size ? isLight(row + 1, col) : false;
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** The QR code of `text` as an SVG document (the desktop app shows it). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
