/**
 * Shingle codes → dense ids 0, 1, 2 …, in an open-addressing table of typed arrays: a batch of reports has
 * hundreds of thousands of shingles, and a Map of that size costs more in hashing and garbage than the
 * comparison itself.
 */
export class GramTable {
  private keys = new Int32Array(1 << 16).fill(-1);
  private ids = new Int32Array(1 << 16);
  size = 0;

  /** The id of `code` (a non-negative integer), or -1 when it was never added. */
  find(code: number): number {
    const mask = this.keys.length - 1;
    for (let slot = code & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]!;
      if (key === code) return this.ids[slot]!;
      if (key === -1) return -1;
    }
  }

  /** The id of `code`, adding it when new. */
  intern(code: number): number {
    if (this.size * 2 >= this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    for (let slot = code & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]!;
      if (key === code) return this.ids[slot]!;
      if (key === -1) {
        this.keys[slot] = code;
        this.ids[slot] = this.size;
        return this.size++;
      }
    }
  }

  private rehash(): void {
    const { keys, ids } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.ids = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === -1) continue;
      let slot = key & mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.ids[slot] = ids[i]!;
    }
  }
}

/** `array` with room for at least `length` entries, new room filled with `fill`. */
export function grown(array: Int32Array<ArrayBuffer>, length: number, fill = 0): Int32Array<ArrayBuffer> {
  if (array.length >= length) return array;
  const bigger = new Int32Array(Math.max(length, array.length * 2)).fill(fill);
  bigger.set(array);
  return bigger;
}
