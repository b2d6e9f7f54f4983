/**
 * An inverted index from shingles to passages. A query counts, for each passage, the shingles it shares
 * with the query by walking only the shingles' posting lists: passages that share nothing are never
 * touched, so the cost follows the shared text, not the number of pairs.
 */
import { GramTable, grown } from "./gram-table";
import { overlap, type Shingled } from "./shingles";

/**
 * A shingle found in more passages than this share of the index is boilerplate of the genre (习近平新时代…);
 * it proposes no candidates (the exact measure still counts it). Small indexes keep every shingle.
 */
const COMMON_SHARE = 0.05;
const COMMON_FLOOR = 40;

export interface Hit<T> {
  id: number;
  value: T;
  similarity: number;
}

export class PassageIndex<T> {
  readonly entries: { passage: Shingled; value: T }[] = [];
  /** Shared with other indexes of the same batch, so each shingle is hashed into one table only. */
  constructor(private readonly table = new GramTable()) {}

  /** Per shingle id: its newest posting (-1: none) and how many passages hold it. */
  private head = new Int32Array(1024).fill(-1);
  private df = new Int32Array(1024);
  /** Per posting: the entry it names and the shingle's previous posting. */
  private entryOf = new Int32Array(4096);
  private next = new Int32Array(4096);
  private postings = 0;
  /** Shared-shingle counts per entry during one query (reset after it). */
  private counts = new Int32Array(64);

  add(passage: Shingled, value: T): number {
    const id = this.entries.length;
    this.entries.push({ passage, value });
    this.entryOf = grown(this.entryOf, this.postings + passage.grams.length);
    this.next = grown(this.next, this.postings + passage.grams.length);
    const grams = passage.grams.map((code) => this.table.intern(code));
    this.head = grown(this.head, this.table.size, -1);
    this.df = grown(this.df, this.table.size);
    for (const gram of grams) {
      this.entryOf[this.postings] = id;
      this.next[this.postings] = this.head[gram]!;
      this.head[gram] = this.postings++;
      this.df[gram]!++;
    }
    return id;
  }

  /**
   * Passages whose overlap with `query` (share of the shorter one's shingles found in the other) reaches
   * `threshold`, best first. `accept` skips entries early (same report, itself).
   */
  similar(query: Shingled, threshold: number, accept: (id: number) => boolean = () => true): Hit<T>[] {
    this.counts = grown(this.counts, this.entries.length);
    const counts = this.counts;
    const common = Math.max(COMMON_FLOOR, this.entries.length * COMMON_SHARE);
    const touched: number[] = [];
    let rare = 0;
    for (const code of query.grams) {
      const gram = this.table.find(code);
      if (gram < 0 || this.df[gram]! > common) continue;
      rare++;
      for (let p = this.head[gram]!; p >= 0; p = this.next[p]!) {
        const id = this.entryOf[p]!;
        if (counts[id]!++ === 0) touched.push(id);
      }
    }
    const found: Hit<T>[] = [];
    for (const id of touched) {
      const count = counts[id]!;
      counts[id] = 0;
      const entry = this.entries[id]!;
      // The rare shingles alone must already come near the bar before the exact measure is worth taking.
      const least = Math.min(rare, entry.passage.grams.length);
      if (least === 0 || count < least * threshold * 0.5 || !accept(id)) continue;
      const similarity = overlap(query, entry.passage);
      if (similarity >= threshold) found.push({ id, value: entry.value, similarity });
    }
    return found.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
  }
}
