/**
 * mulberry32: a small, fast generator of numbers in [0, 1) whose stream is fixed by its seed, so
 * that a simulation (SPU.RISK) and a fictional example give the same numbers every time.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
