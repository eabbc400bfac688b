import { fail } from "./errors";

/**
 * Names that tie rows of one table to rows of another (a school's area, a referral's school).
 * They match as Excel's MATCH does: trimmed and case-insensitive.
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A name with the 1-based row of the range it came from. */
export interface NamedRow {
  name: string;
  row: number;
}

/**
 * Position of each name in `rows`. A name listed twice is ambiguous (which row gets the money?),
 * so it is refused, naming the second row and the first.
 */
export function nameIndex(rows: readonly NamedRow[], param: string): Map<string, number> {
  const index = new Map<string, number>();
  rows.forEach(({ name, row }, i) => {
    const key = nameKey(name);
    const first = index.get(key);
    if (first !== undefined) fail("value", "duplicate", { param, row, value: name, first: rows[first].row });
    index.set(key, i);
  });
  return index;
}
