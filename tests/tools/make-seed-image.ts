/**
 * Draws the seed article's lead image: an illustrated, map-like picture of Kalbajar District
 * (relief, the Tartar river, roads, the town of Kalbajar and the village of Jamilli). It is an
 * illustration, not a survey: shapes come from a seeded random generator, so every run draws the
 * same picture. Not shipped; the JPEG it writes is committed beside the seed article.
 *
 * Usage: node tests/tools/make-seed-image.ts [--out content/articles/2022/kalbajar-district-map.jpg]
 *
 * SVG → PNG with @resvg/resvg-js (labels in the system's DejaVu or Liberation fonts), then a
 * 2400×1350 JPEG (mozjpeg, quality 82) with sharp: wide enough for every sharing crop (1200 px,
 * 1:1 included) and small in the repository.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { mulberry32 } from '../support/fixture-articles.ts';

const WIDTH = 2400;
const HEIGHT = 1350;
const args = process.argv.slice(2);
const out = resolve(
  args.includes('--out') ? args[args.indexOf('--out') + 1]! : 'content/articles/2022/kalbajar-district-map.jpg',
);

// Seeded, so the picture is the same on every run.
const rand = mulberry32(20220726);

type Point = [number, number];
const f = (n: number) => n.toFixed(1);

/** A smooth closed path through the points (Catmull-Rom as cubic Béziers). */
function closedCurve(points: Point[]): string {
  const n = points.length;
  let d = `M${f(points[0]![0])},${f(points[0]![1])}`;
  for (let i = 0; i < n; i++) {
    const p0 = points[(i - 1 + n) % n]!;
    const p1 = points[i]!;
    const p2 = points[(i + 1) % n]!;
    const p3 = points[(i + 2) % n]!;
    d += `C${f(p1[0] + (p2[0] - p0[0]) / 6)},${f(p1[1] + (p2[1] - p0[1]) / 6)} ${f(p2[0] - (p3[0] - p1[0]) / 6)},${f(p2[1] - (p3[1] - p1[1]) / 6)} ${f(p2[0])},${f(p2[1])}`;
  }
  return `${d}Z`;
}

/** A smooth open path through the points. */
function openCurve(points: Point[]): string {
  let d = `M${f(points[0]![0])},${f(points[0]![1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(i - 1, 0)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(i + 2, points.length - 1)]!;
    d += `C${f(p1[0] + (p2[0] - p0[0]) / 6)},${f(p1[1] + (p2[1] - p0[1]) / 6)} ${f(p2[0] - (p3[0] - p1[0]) / 6)},${f(p2[1] - (p3[1] - p1[1]) / 6)} ${f(p2[0])},${f(p2[1])}`;
  }
  return d;
}

/** An irregular ring around a centre: radius r, wobble of `rough` (0–1), `n` points. */
function blob([cx, cy]: Point, r: number, rough: number, n = 14, phase = rand() * 10, stretch = 1): Point[] {
  return Array.from({ length: n }, (_, i) => {
    const angle = (i / n) * Math.PI * 2;
    const wobble = 1 + rough * (Math.sin(angle * 3 + phase) * 0.5 + (rand() - 0.5) * 0.6);
    return [cx + Math.cos(angle) * r * wobble * stretch, cy + Math.sin(angle) * r * wobble];
  });
}

// Relief: mountain massifs as nested contour rings, lighter and browner as they rise.
const LEVELS = ['#d9dcb8', '#cfcf9f', '#c5bd8a', '#b9a87a', '#a8946c', '#e9e4d6'];
const massifs: { centre: Point; radius: number; levels: number; stretch: number }[] = [
  { centre: [560, 330], radius: 380, levels: 6, stretch: 1.6 }, // the Murovdag range, to the north
  { centre: [1500, 250], radius: 330, levels: 5, stretch: 1.9 },
  { centre: [2050, 900], radius: 300, levels: 5, stretch: 1.2 },
  { centre: [380, 1080], radius: 260, levels: 4, stretch: 1.3 },
  { centre: [1250, 1180], radius: 230, levels: 4, stretch: 1.5 },
];
const relief = massifs
  .map(({ centre, radius, levels, stretch }) => {
    const phase = rand() * 10;
    return Array.from({ length: levels }, (_, level) => {
      const r = radius * (1 - level / (levels + 0.6));
      const drift: Point = [centre[0] + (rand() - 0.5) * 40 * level, centre[1] + (rand() - 0.5) * 30 * level];
      return `<path d="${closedCurve(blob(drift, r, 0.28, 16, phase + level * 0.4, stretch))}" fill="${LEVELS[Math.min(level, LEVELS.length - 1)]}" stroke="#8c7a58" stroke-opacity="0.45" stroke-width="2"/>`;
    }).join('');
  })
  .join('');

// Peaks: small triangles on the highest rings.
const peaks = massifs
  .map(({ centre: [x, y] }) => `<path d="M${x - 22},${y + 16}L${x},${y - 22}L${x + 22},${y + 16}Z" fill="#6d5a3f"/>`)
  .join('');

// The district's boundary: a wide irregular ring, dashed.
const boundary = closedCurve(blob([1200, 690], 560, 0.16, 18, 1.3, 1.85));

// The Tartar river, west to east through the valley, and two tributaries from the mountains.
const river: Point[] = [
  [-20, 760],
  [260, 700],
  [520, 760],
  [780, 690],
  [1050, 720],
  [1300, 640],
  [1560, 690],
  [1820, 610],
  [2100, 660],
  [2420, 600],
];
const tributaries: Point[][] = [
  [
    [560, 420],
    [600, 540],
    [660, 640],
    [780, 690],
  ],
  [
    [1520, 380],
    [1480, 480],
    [1470, 580],
    [1560, 690],
  ],
  [
    [2040, 1010],
    [1980, 880],
    [1900, 720],
    [1820, 610],
  ],
];

// Roads: along the valley, and up to Jamilli.
const roads: Point[][] = [
  [
    [-20, 840],
    [300, 800],
    [620, 830],
    [980, 790],
    [1120, 760],
    [1400, 740],
    [1700, 770],
    [2000, 720],
    [2420, 700],
  ],
  [
    [1120, 760],
    [1020, 880],
    [960, 1010],
    [900, 1120],
  ],
];

const KALBAJAR: Point = [1120, 760];
const JAMILLI: Point = [930, 1060];

const label = (x: number, y: number, text: string, size: number, style = '') =>
  `<text x="${x}" y="${y}" font-size="${size}" ${style} stroke="#f4efe2" stroke-width="${size / 5}" paint-order="stroke" stroke-linejoin="round">${text}</text>`;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <pattern id="hatch" width="18" height="18" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="18" height="18" fill="#b3261e" fill-opacity="0.12"/>
      <line x1="0" y1="0" x2="0" y2="18" stroke="#b3261e" stroke-width="5" stroke-opacity="0.55"/>
    </pattern>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#ece6d6"/>
  <path d="${boundary}" fill="#f3efe3"/>
  ${relief}
  ${peaks}
  <path d="${boundary}" fill="none" stroke="#5b4a6b" stroke-width="7" stroke-dasharray="28 12 6 12"/>
  ${tributaries.map((t) => `<path d="${openCurve(t)}" fill="none" stroke="#4f86b3" stroke-width="7" stroke-linecap="round"/>`).join('')}
  <path d="${openCurve(river)}" fill="none" stroke="#3b76a8" stroke-width="16" stroke-linecap="round"/>
  ${roads.map((r) => `<path d="${openCurve(r)}" fill="none" stroke="#fbf8f0" stroke-width="14" stroke-linecap="round"/><path d="${openCurve(r)}" fill="none" stroke="#9a4a32" stroke-width="6" stroke-linecap="round"/>`).join('')}
  <path d="${closedCurve(blob([JAMILLI[0] + 60, JAMILLI[1] - 10], 110, 0.3, 10, 2, 1.3))}" fill="url(#hatch)" stroke="#b3261e" stroke-width="4" stroke-dasharray="14 8"/>
  <rect x="${KALBAJAR[0] - 20}" y="${KALBAJAR[1] - 20}" width="40" height="40" fill="#2b2b2b" stroke="#fbf8f0" stroke-width="5"/>
  <circle cx="${JAMILLI[0]}" cy="${JAMILLI[1]}" r="17" fill="#2b2b2b" stroke="#fbf8f0" stroke-width="5"/>
  <g font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="#2b2b2b">
    ${label(KALBAJAR[0] + 38, KALBAJAR[1] - 26, 'Kalbajar', 54, 'font-weight="bold"')}
    ${label(JAMILLI[0] + 34, JAMILLI[1] + 70, 'Jamilli', 44)}
    ${label(420, 640, 'TARTAR', 34, 'fill="#2d5f8a" letter-spacing="10" font-style="italic"')}
    ${label(330, 160, 'MUROVDAG', 40, 'fill="#5e4d35" letter-spacing="16"')}
  </g>
  <g transform="translate(2190 170)">
    <circle r="92" fill="#f4efe2" stroke="#5e4d35" stroke-width="4"/>
    <path d="M0,-80L20,0L0,80L-20,0Z" fill="#5e4d35"/>
    <path d="M0,-80L20,0L-20,0Z" fill="#b3261e"/>
    <text y="-100" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="40" font-weight="bold" fill="#5e4d35">N</text>
  </g>
  <g transform="translate(80 1190)">
    <rect width="760" height="110" rx="10" fill="#f4efe2" stroke="#5e4d35" stroke-width="4"/>
    <text x="34" y="74" font-family="DejaVu Serif, Liberation Serif, serif" font-size="58" font-weight="bold" fill="#2b2b2b">Kalbajar District</text>
  </g>
</svg>`;

const png = new Resvg(svg, {
  fitTo: { mode: 'width', value: WIDTH },
  font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
})
  .render()
  .asPng();
const jpeg = await sharp(png)
  .flatten({ background: '#ece6d6' })
  .jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: '4:2:0' })
  .toBuffer();
writeFileSync(out, jpeg);
const { width, height } = await sharp(jpeg).metadata();
console.log(`${out}: ${width}×${height}, ${jpeg.length.toLocaleString('en')} bytes`);
