import { writeFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";

/**
 * Draws the app's icons (the amber diamond of app/icon.svg) as the PNGs the web-app manifest and iOS ask for, into
 * public/. Run once when the design changes (`npx tsx lib/cli/app-icons.ts`) and commit the files: a few KB each,
 * so installing or starting the app downloads and renders nothing. No image library: a diamond is |x| + |y| <= r,
 * drawn with 4×4 samples per pixel for smooth edges.
 */
const AMBER = [0xd9, 0x77, 0x06] as const; // amber-600, the colour of app/icon.svg
const PAPER = [0xff, 0xfb, 0xeb] as const; // amber-50, the home page's highlight

type Icon = { file: string; size: number; radius: number; background?: readonly [number, number, number] };

/**
 * "any" icons fill their square; the maskable one keeps the diamond inside the central circle of 80 % every
 * launcher shape preserves (radius 0.36 < 0.4) on an opaque background; iOS shows transparency as black, so its
 * icon is opaque too.
 */
export const ICONS: Icon[] = [
  { file: "icon-192.png", size: 192, radius: 0.47 },
  { file: "icon-512.png", size: 512, radius: 0.47 },
  { file: "icon-maskable-512.png", size: 512, radius: 0.36, background: PAPER },
  { file: "apple-touch-icon.png", size: 180, radius: 0.4, background: PAPER },
];

function draw({ size, radius, background }: Icon): Buffer {
  const rowBytes = 1 + size * 4;
  const raw = Buffer.alloc(rowBytes * size);
  const c = size / 2;
  const r = radius * size;
  const n = 4;
  for (let y = 0; y < size; y++) {
    raw[y * rowBytes] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++)
          if (Math.abs(x + (sx + 0.5) / n - c) + Math.abs(y + (sy + 0.5) / n - c) <= r) inside++;
      const a = inside / (n * n);
      const at = y * rowBytes + 1 + x * 4;
      if (background) {
        for (let i = 0; i < 3; i++) raw[at + i] = Math.round(AMBER[i]! * a + background[i]! * (1 - a));
        raw[at + 3] = 255;
      } else {
        for (let i = 0; i < 3; i++) raw[at + i] = AMBER[i]!;
        raw[at + 3] = Math.round(a * 255);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const icon of ICONS) {
    const file = path.join("public", icon.file);
    writeFileSync(file, draw(icon));
    console.log(`✓ ${file} (${icon.size}×${icon.size})`);
  }
}
