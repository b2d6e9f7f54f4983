/**
 * Test helper: zip packages written byte by byte, for what a normal zip writer refuses to make: declared
 * sizes that lie, many names over one entry's data, deflate streams that expand a thousandfold.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The entry's data as stored in the zip (already deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size written in the headers (true or not). */
  size: number;
  crc?: number;
  /** Share the local header and data of the entry with this index instead of writing its own. */
  sharesWith?: number;
}

function header(fields: Fields): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, w]) => n + w, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += width;
  }
  return out;
}

type Fields = [number, 2 | 4][];

/** The fields local header and directory entry share: flags (UTF-8 names), method, time, sizes, name. */
function common(e: RawEntry, data: Uint8Array, name: Uint8Array): Fields {
  return [
    [0x0800, 2],
    [e.method, 2],
    [0, 2],
    [0, 2],
    [e.crc ?? 0, 4],
    [data.length, 4],
    [e.size, 4],
    [name.length, 2],
    [0, 2],
  ];
}

/** A zip of `entries` in order, with a central directory pointing each name at its (maybe shared) data. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  const names = entries.map((e) => new TextEncoder().encode(e.name));
  entries.forEach((e, i) => {
    if (e.sharesWith !== undefined) return;
    const name = names[i] as Uint8Array;
    const local = header([[0x04034b50, 4], [20, 2], ...common(e, e.data, name)]);
    offsets[i] = at;
    parts.push(local, name, e.data);
    at += local.length + name.length + e.data.length;
  });
  const directoryStart = at;
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    const data = e.sharesWith !== undefined ? (entries[e.sharesWith]?.data ?? e.data) : e.data;
    const central = header([
      [0x02014b50, 4],
      [20, 2],
      [20, 2],
      ...common(e, data, name),
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [offsets[e.sharesWith ?? i] ?? 0, 4],
    ]);
    parts.push(central, name);
    at += central.length + name.length;
  });
  parts.push(
    header([
      [0x06054b50, 4],
      [0, 2],
      [0, 2],
      [entries.length, 2],
      [entries.length, 2],
      [at - directoryStart, 4],
      [directoryStart, 4],
      [0, 2],
    ]),
  );
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** A deflated entry of `text`, with its true size and checksum. */
export function deflated(name: string, text: string | Uint8Array): RawEntry {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

const WINDOW = 32 * 1024;

/**
 * A deflate stream that inflates to `head`, then `unit` about `megabytes` MB over, then `tail`, made in
 * milliseconds: one compressed block of units is repeated, each copy decoding against the same window.
 */
export function deflateBomb(
  head: string,
  unit: string,
  megabytes: number,
  tail: string,
): { data: Uint8Array; size: number } {
  const enc = (s: string) => Buffer.from(s, "utf8");
  const block = enc(unit.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(unit))));
  const opening = Buffer.concat([enc(head), block]);
  const dictionary = opening.subarray(opening.length - WINDOW);
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const first = deflateRawSync(opening, sync);
  const middle = deflateRawSync(block, { ...sync, dictionary });
  const last = deflateRawSync(enc(tail), { dictionary });
  const copies = Math.max(0, Math.round(megabytes) - 1);
  return {
    data: Buffer.concat([first, ...Array.from({ length: copies }, () => middle), last]),
    size: opening.length + copies * block.length + Buffer.byteLength(tail),
  };
}
