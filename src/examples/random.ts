/** Seeded fictional data for the example workbooks, so every run writes the same numbers. */
import { mulberry32 } from "../risk/random";

export interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(items: T[]): T;
  /** A value in [lo, hi] rounded to a multiple of `step`. */
  amount(lo: number, hi: number, step: number): number;
  weighted<T>(pairs: [T, number][]): T;
}

/** A seeded generator with the helpers the examples use. */
export function random(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    amount: (lo, hi, step) => Math.round((lo + next() * (hi - lo)) / step) * step,
    weighted: (pairs) => {
      let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
      for (const [value, w] of pairs) if ((r -= w) < 0) return value;
      return pairs[pairs.length - 1][0];
    },
  };
}

const PREFIXES = ["Ege", "Bøge", "Linde", "Hav", "Sø", "Mølle", "Skov", "Strand", "Bakke", "Enge", "Kilde", "Fjord", "Lunde", "Vester", "Øster", "Nørre", "Sønder", "Rosen", "Kirke", "Mose", "Hede", "Birke", "Ask", "Pile", "Rønne"];
const SUFFIXES = ["skolen", "vangskolen", "parkskolen", "holmskolen", "dalskolen", "bjergskolen"];

export interface School {
  name: string;
  pupils: number;
  classes: number;
  socio: number;
  area?: string;
}

function schoolNames(rng: Random, count: number): string[] {
  const all = PREFIXES.flatMap((p) => SUFFIXES.map((s) => p + s));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, count);
}

export function schools(rng: Random, count: number): School[] {
  return schoolNames(rng, count).map((name) => {
    const pupils = rng.int(180, 780);
    return { name, pupils, classes: Math.round(pupils / 22) + rng.int(0, 3), socio: rng.amount(0.6, 1.6, 0.01) };
  });
}

/** A year fraction as the seeds' rules use it: mostly whole years, else quarters. */
export function yearFraction(rng: Random): number {
  return rng.weighted([
    [1, 6],
    [0.75, 1],
    [0.5, 2],
    [0.25, 1],
  ]);
}

/** Excel's date serial of a calendar day (1900 date system). */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Empty rows left at the bottom of input ranges for new referrals, as users do. */
export const SPARE = 10;
