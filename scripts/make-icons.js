#!/usr/bin/env node
"use strict";
// Draws the TierSheet mark (three stacked bars, narrowest on top: a tier pyramid) into the PNG
// icons the manifest names. ImageMagick is not available on the build machines, so this writes
// PNG by hand: RGBA scanlines, deflated with node's zlib, CRC-checked chunks.
// Run once after changing the mark: `node scripts/make-icons.js`; the PNGs are committed.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const COLOUR = [0x0e, 0x7a, 0x6d]; // deep teal, readable on light and dark ribbons
const SUPERSAMPLE = 8; // 8x8 samples per pixel: smooth edges even at 16 px

// Bars in a unit square: [top, height, width], centred horizontally.
const BARS = [
  [0.1, 0.22, 0.34],
  [0.39, 0.22, 0.6],
  [0.68, 0.22, 0.86],
];
const RADIUS = 0.05;

/** True when the unit-square point (x, y) lies inside a bar with rounded corners. */
function insideMark(x, y) {
  for (const [top, height, width] of BARS) {
    const left = (1 - width) / 2;
    if (x < left || x > left + width || y < top || y > top + height) continue;
    // Distance to the rounded corner's centre decides the corners only.
    const cx = Math.min(Math.max(x, left + RADIUS), left + width - RADIUS);
    const cy = Math.min(Math.max(y, top + RADIUS), top + height - RADIUS);
    if ((x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2) return true;
  }
  return false;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A size x size RGBA PNG of the mark. */
function drawIcon(size) {
  const stride = size * 4 + 1; // +1: the filter byte (0 = none) that starts each scanline
  const raw = Buffer.alloc(stride * size);
  for (let py = 0; py < size; py++) {
    raw[py * stride] = 0;
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (insideMark(x, y)) hits++;
        }
      }
      const o = py * stride + 1 + px * 4;
      raw[o] = COLOUR[0];
      raw[o + 1] = COLOUR[1];
      raw[o + 2] = COLOUR[2];
      raw[o + 3] = Math.round((255 * hits) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
