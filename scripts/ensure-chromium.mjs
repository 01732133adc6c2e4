#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (no browser download: this machine reaches only
// the npm registry and Debian's packages). Installs it, CJK fonts, poppler and librsvg when missing and
// apt-get is usable; otherwise says exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fontsPresent = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
// poppler's pdftoppm/pdfinfo check the report's PDFs; rsvg-convert checks the diagram's SVG.
const toolsPresent = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/rsvg-convert');
if (existsSync(chromium) && fontsPresent && toolsPresent) process.exit(0);

const packages = 'chromium fonts-noto-cjk poppler-utils librsvg2-bin';
const canApt =
  process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`End-to-end tests need Chromium at ${chromium} and CJK fonts.`);
  console.error(`On Debian/Ubuntu: sudo apt-get install -y ${packages}  (or set CHROMIUM_PATH).`);
  process.exit(existsSync(chromium) ? 0 : 1);
}
console.log(`Installing ${packages} for the end-to-end tests…`);
execSync(
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
  {
    stdio: 'inherit',
  },
);
