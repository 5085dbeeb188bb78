/**
 * Draws the extension's icon (client/icon.png, 128×128): a guarantee grid — a header row and three
 * rows of cells — with the reste à charge column in the accent colour. Written with node's zlib
 * only (a PNG is a zlib stream of RGBA rows plus CRC-checked chunks). Run: `node out/client/src/dev/icon.js`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { repoRoot } from './code-server';

const SIZE = 128;
type Rgba = [number, number, number, number];
const BACKGROUND: Rgba = [0, 0, 0, 0];
const CARD: Rgba = [250, 250, 247, 255];
const HEADER: Rgba = [26, 82, 118, 255];
const LINE: Rgba = [200, 208, 216, 255];
const ACCENT: Rgba = [231, 111, 81, 255];

function pixel(x: number, y: number): Rgba {
  const inside = (x0: number, y0: number, x1: number, y1: number) => x >= x0 && x < x1 && y >= y0 && y < y1;
  // A card with rounded corners (radius 14).
  const r = 14;
  const cx = Math.min(Math.max(x, r), SIZE - 1 - r);
  const cy = Math.min(Math.max(y, r), SIZE - 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return BACKGROUND;
  if (inside(0, 0, SIZE, 34)) return HEADER;
  // Rows of cells: horizontal rules every 31 px, columns at 52 and 90; the last column is the reste.
  if (inside(94, 40, 120, 58) || inside(94, 71, 120, 89) || inside(94, 102, 120, 120)) return ACCENT;
  if ((y === 65 || y === 96) && x > 8 && x < SIZE - 8) return LINE;
  if ((x === 52 || x === 88) && y > 34 && y < SIZE - 8) return LINE;
  if (inside(12, 45, 44, 52) || inside(12, 76, 40, 83) || inside(12, 107, 46, 114)) return LINE;
  return CARD;
}

function crc32(buffer: Buffer): number {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    rows[y * (1 + SIZE * 4)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) rows.set(pixel(x, y), y * (1 + SIZE * 4) + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

if (require.main === module) fs.writeFileSync(path.join(repoRoot(), 'client', 'icon.png'), iconPng());
