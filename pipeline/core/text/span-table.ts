/**
 * A table of values by word, looked up by the word's place in a text (`text`, `start`, `end`)
 * without cutting the word out: the repair looks up every word of a document (136,000 on
 * `bench:repair`'s text), and a slice per word plus the map's hashing of it cost half again as
 * much as hashing and comparing the characters in place (issue 23). Keys are compared character
 * by character, so the answers are a `Map` keyed by the word's string's. Bounded: when `limit`
 * words are held, all are dropped (as `remembered` does).
 */
export class SpanTable<V> {
  private keys: Array<string | undefined>;
  private values: Array<V | undefined>;
  private mask: number;
  private count = 0;

  constructor(private readonly limit: number) {
    this.keys = new Array<string | undefined>(1024).fill(undefined);
    this.values = new Array<V | undefined>(1024).fill(undefined);
    this.mask = 1023;
  }

  get size(): number {
    return this.count;
  }

  /** The value of the word `text[start … end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const length = end - start;
    for (let slot = hashOf(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (key.length === length && sameAt(key, text, start)) return this.values[slot];
    }
  }

  /** Sets the value of `word` (a word not in the table: callers set after a failed `get`). */
  set(word: string, value: V): void {
    if (this.count >= this.limit) this.clear();
    // Kept at most half full, so a probe ends soon.
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.place(word, value);
    this.count++;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.count = 0;
  }

  private place(word: string, value: V): void {
    let slot = hashOf(word, 0, word.length) & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = word;
    this.values[slot] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const capacity = keys.length * 2;
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== undefined) this.place(keys[k]!, values[k]!);
  }
}

/** FNV-1a over the UTF-16 units of `text[start … end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** Whether `key` is written in `text` at `start`. */
function sameAt(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
