import { fail } from "./errors";

/**
 * Names and codes as they are compared (a school's area, a referral's school, an offer code, a
 * model name): trimmed, in Unicode NFC (an å typed as a + combining ring, common after copying from
 * a PDF or a web page, is the same å) and case-folded, as Excel's MATCH ignores case.
 */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().toLowerCase();
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
