#!/usr/bin/env node
// Draws the add-in's icons (app icon and one per ribbon button) as RGBA PNGs with a transparent background.
// Pure Node: shapes are rasterised with 8×8 supersampling, PNG chunks are written by hand (zlib + CRC-32).
//   node scripts/draw-icons.mjs          write assets/*.png
//   node scripts/draw-icons.mjs --check  exit 1 if a committed PNG differs from what this script draws
import { deflateSync } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

const RED = [200, 16, 46, 255]; // Chinese red: the accent (check marks, level-1 heading)
const INK = [59, 59, 59, 255]; // outlines
const GREY = [138, 138, 138, 255]; // text lines
const PAPER = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0]; // knocks out what lies below (a halo around the check mark)

// ---- geometry, in a 16-unit design grid (0..16 on both axes, y downwards) ----

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

/** Points are written flat: [x0, y0, x1, y1, …]. */
const points = (flat) => flat.flatMap((v, i) => (i % 2 ? [] : [[v, flat[i + 1]]]));

const polygon = (flat) => {
  const pts = points(flat);
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i];
      const [xj, yj] = pts[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
};

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** A polyline with round joins and caps. */
const stroke = (flat, width) => {
  const pts = points(flat);
  return (x, y) => pts.some((p, i) => i > 0 && segmentDistance(x, y, pts[i - 1], p) <= width / 2);
};

const ring = (cx, cy, rOuter, rInner) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= rOuter && d >= rInner;
};

const disc = (cx, cy, r) => ring(cx, cy, r, -1);

// ---- the designs; `w` is the outline width in grid units (1 px at 16 and 32 px, thicker when larger) ----

/** A page with a folded corner, text lines and a bold red check mark: the add-in itself. */
function appIcon(w) {
  const check = [5.5, 10.5, 8, 13, 14, 6.5];
  const c = w * 0.41; // keeps the folded edge's outline as thick as the straight ones
  return [
    [polygon([2, 1, 10, 1, 14, 5, 14, 15, 2, 15]), INK],
    [polygon([2 + w, 1 + w, 10 - c, 1 + w, 14 - w, 5 + c, 14 - w, 15 - w, 2 + w, 15 - w]), PAPER],
    [polygon([10, 1, 10, 5, 14, 5]), INK],
    [rect(4, 4, 9, 5), GREY],
    [rect(4, 7, 11, 8), GREY],
    [stroke(check, 4.4), CLEAR],
    [stroke(check, 2.4), RED],
  ];
}

/** A page holding an outline tree: a red level-1 bar with two dark level-2 bars hanging from it (一、 → （一）). */
function structureIcon(w) {
  return [
    [rect(2, 1, 14, 15), INK],
    [rect(2 + w, 1 + w, 14 - w, 15 - w), PAPER],
    [rect(4, 3, 12, 5), RED],
    [rect(5, 5, 5 + w, 11), INK],
    [rect(5, 7, 12, 7 + w), INK],
    [rect(5, 11 - w, 11, 11), INK],
    [rect(7, 13 - w, 10, 13), GREY],
  ];
}

/** A magnifying glass with a red check mark in its lens. */
function checkIcon(w) {
  const t = Math.max(w, 1.25);
  return [
    [stroke([10.2, 10.2, 14.6, 14.6], 3), INK],
    [ring(6.5, 6.5, 5.75, 5.75 - t), INK],
    [disc(6.5, 6.5, 5.75 - t), PAPER],
    [stroke([4, 6.8, 5.9, 8.7, 9.2, 4.6], 1.9), RED],
  ];
}

/** A speech bubble (solid tail, crisp at 16 px) with two lines of text: ready-made phrases. */
function snippetsIcon(w) {
  return [
    [polygon([1, 2, 15, 2, 15, 12, 7, 12, 4, 15, 4, 12, 1, 12]), INK],
    [rect(1 + w, 2 + w, 15 - w, 12 - w), PAPER],
    [rect(4, 5, 12, 6), RED],
    [rect(4, 8, 10, 9), GREY],
  ];
}

export const ICONS = [
  { name: "icon", draw: appIcon, sizes: [16, 32, 64, 80, 128] },
  { name: "structure", draw: structureIcon, sizes: [16, 32, 80] },
  { name: "check", draw: checkIcon, sizes: [16, 32, 80] },
  { name: "snippets", draw: snippetsIcon, sizes: [16, 32, 80] },
];

// ---- rasteriser ----

const SUPER = 8;

export function render(draw, size) {
  const scale = size / 16;
  const outlinePx = Math.max(1, Math.round(size / 32));
  const layers = draw(outlinePx / scale).reverse(); // topmost first
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPER; sy++) {
        for (let sx = 0; sx < SUPER; sx++) {
          const x = (px + (sx + 0.5) / SUPER) / scale;
          const y = (py + (sy + 0.5) / SUPER) / scale;
          const hit = layers.find(([inside]) => inside(x, y));
          if (!hit) continue;
          const [cr, cg, cb, ca] = hit[1];
          r += (cr * ca) / 255;
          g += (cg * ca) / 255;
          b += (cb * ca) / 255;
          a += ca;
        }
      }
      const o = (py * size + px) * 4;
      const n = SUPER * SUPER;
      const alpha = a / n;
      rgba[o + 3] = Math.round(alpha);
      if (alpha > 0) {
        // un-premultiply: colour is the average of the covered samples
        rgba[o] = Math.round((r / n / alpha) * 255);
        rgba[o + 1] = Math.round((g / n / alpha) * 255);
        rgba[o + 2] = Math.round((b / n / alpha) * 255);
      }
    }
  }
  return rgba;
}

// ---- PNG writer ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(rgba, width, height = width) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  // bytes 10-12: compression 0, filter method 0, no interlace
  const stride = width * 4 + 1;
  const raw = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // filter type None per row
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * stride + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- main ----

function main() {
  const checkOnly = process.argv.includes("--check");
  mkdirSync(ASSETS, { recursive: true });
  const stale = [];
  for (const icon of ICONS) {
    for (const size of icon.sizes) {
      const file = join(ASSETS, `${icon.name}-${size}.png`);
      const png = encodePng(render(icon.draw, size), size);
      if (checkOnly) {
        let current = null;
        try {
          current = readFileSync(file);
        } catch {
          // missing counts as stale
        }
        if (!current || !current.equals(png)) stale.push(file);
      } else {
        writeFileSync(file, png);
        console.log(`wrote ${file} (${png.length} bytes)`);
      }
    }
  }
  if (checkOnly) {
    if (stale.length) {
      console.error(
        `图标与 scripts/draw-icons.mjs 的绘制结果不一致，请运行 node scripts/draw-icons.mjs 重新生成：\n${stale.join("\n")}`,
      );
      process.exit(1);
    }
    console.log("icons are up to date");
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
