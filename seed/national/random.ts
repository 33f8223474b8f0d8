/**
 * The generator's randomness: a seeded PRNG (sfc32, Chris Doty-Humphrey's Small Fast
 * Chaotic generator), never `Math.random`, so that one `--seed` gives the same rows
 * on every run and machine. Each table draws from its own stream (the seed and the
 * stream's name), so a change to one table's generator leaves the others' rows as they were.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [low, high]. */
  between(low: number, high: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A version-4-shaped UUID from the stream. */
  uuid(): string;
}

/** A 32-bit FNV-1a hash of a string, to seed a stream from its name. */
function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const hex = (n: number, width: number) =>
  (n >>> 0)
    .toString(16)
    .padStart(8, '0')
    .slice(8 - width);

export function random(seed: number, stream: string): Random {
  const key = `${seed}/${stream}`;
  let a = fnv1a(key);
  let b = fnv1a(key, 0x9e3779b9);
  let c = fnv1a(key, 0x85ebca6b);
  let d = 1;
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs still show the seed's structure: discard them.
  for (let i = 0; i < 15; i += 1) u32();
  const next = () => u32() / 4_294_967_296;
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (low, high) => low + int(high - low + 1),
    pick: (list) => list[int(list.length)],
    uuid: () => {
      const [w, x, y, z] = [u32(), u32(), u32(), u32()];
      return `${hex(w, 8)}-${hex(x >>> 16, 4)}-4${hex(x, 3)}-${hex((((y >>> 30) | 8) << 12) | ((y >>> 16) & 0xfff), 4)}-${hex(y, 4)}${hex(z, 8)}`;
    },
  };
}
