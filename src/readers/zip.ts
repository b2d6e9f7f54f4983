/**
 * The zip container of a .docx, read from its central directory: only the entries asked for are inflated,
 * in small steps and never past the size the entry declares, which a byte budget bounds; so a part that
 * inflates to gigabytes stops early instead of filling memory. Entries whose data overlap (many names over
 * one deflate stream) are refused.
 */
import { Inflate } from "fflate";
import { damagedZip, inflatedTooLarge, sharedZipData, unsupportedZip } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** What is left of the inflated-bytes budget, shared by every part one reading inflates. */
export interface InflateBudget {
  remaining: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes pushed per step: at most about 16 MB of output each (deflate expands 1032 times at most). */
const STEP = 16 * 1024;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function findEnd(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === END_OF_DIRECTORY) return at;
  }
  throw damagedZip();
}

/** Where the central directory starts and how many entries it lists (zip64 included). */
function directory(b: Uint8Array): { start: number; count: number } {
  const end = findEnd(b);
  let count = u16(b, end + 10);
  let start = u32(b, end + 16);
  if ((count === 0xffff || start === 0xffffffff) && u32(b, end - 20) === ZIP64_LOCATOR) {
    const record = u64(b, end - 12);
    if (u32(b, record) !== ZIP64_END) throw damagedZip();
    count = u64(b, record + 32);
    start = u64(b, record + 48);
  }
  return { start, count };
}

/** Sizes and offset from a zip64 extra field, for the ones the fixed fields mark as 0xFFFFFFFF. */
function zip64Fields(b: Uint8Array, extra: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extra; at + 4 <= extraEnd; at += 4 + u16(b, at + 2)) {
    if (u16(b, at) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ["size", "compressedSize", "offset"] as const) {
      if (entry[key] !== 0xffffffff) continue;
      entry[key] = u64(b, field);
      field += 8;
    }
  }
}

/** Every entry of the central directory. Throws InputError for damaged or overlapping entries. */
export function listEntries(b: Uint8Array): ZipEntry[] {
  const { start, count } = directory(b);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== DIRECTORY_ENTRY) throw damagedZip();
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const entry: ZipEntry = {
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, ""),
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      offset: u32(b, at + 42),
    };
    zip64Fields(b, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  refuseOverlaps(b, entries);
  return entries;
}

function dataStart(b: Uint8Array, entry: ZipEntry): number {
  if (entry.offset + 30 > b.length || u32(b, entry.offset) !== LOCAL_HEADER) throw damagedZip();
  return entry.offset + 30 + u16(b, entry.offset + 26) + u16(b, entry.offset + 28);
}

/** Each entry's header and data must lie in the file and apart from every other entry's. */
function refuseOverlaps(b: Uint8Array, entries: ZipEntry[]): void {
  const spans = entries
    .map((e) => ({ from: e.offset, to: dataStart(b, e) + e.compressedSize }))
    .sort((x, y) => x.from - y.from);
  let previousEnd = 0;
  for (const span of spans) {
    if (span.to > b.length) throw damagedZip();
    if (span.from < previousEnd) throw sharedZipData();
    previousEnd = span.to;
  }
}

/** The entry's bytes, inflated in steps. Its declared size is charged to the budget first (InputError 文件过大
 * beyond it) and the data may not exceed it: an entry that inflates past its own size stops right there. */
export function inflateEntry(b: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.flags & 1) throw unsupportedZip("中的内容已加密");
  if (entry.method !== 0 && entry.method !== 8) throw unsupportedZip("使用了不支持的压缩方式");
  if (entry.size > budget.remaining) throw inflatedTooLarge();
  budget.remaining -= entry.size;
  const start = dataStart(b, entry);
  const data = b.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw damagedZip();
    return data;
  }
  const out = new Uint8Array(entry.size);
  let total = 0;
  let overrun = false;
  const inflater = new Inflate((chunk) => {
    if (total + chunk.length > out.length) overrun = true;
    else out.set(chunk, total);
    total += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !overrun; at += STEP) {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    }
  } catch {
    throw damagedZip();
  }
  if (total !== entry.size) throw damagedZip();
  return out;
}
