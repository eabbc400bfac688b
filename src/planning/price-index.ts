import { Arg, NumberRule, RULES, alignedColumns, requiredNumber } from "../excel/args";
import { ElementwiseSpec } from "../excel/elementwise";
import { fail } from "../money/errors";

/**
 * SPU.INDEX: amounts moved between price levels by the municipality's own price and wage
 * index (pris- og lønindeks), a table of years and levels the user supplies.
 */

export const YEAR: NumberRule = { integer: true };

/** The index table: level by year. A year listed twice is an error naming both rows. */
export function indexTable(years: Arg, levels: Arg): Map<number, number> {
  const { cells, used } = alignedColumns([
    { param: "index_years", arg: years },
    { param: "index_levels", arg: levels },
  ]);
  const table = new Map<number, { level: number; row: number }>();
  for (const i of used) {
    const row = i + 1;
    const year = requiredNumber(cells[0][i], "index_years", YEAR, row);
    const level = requiredNumber(cells[1][i], "index_levels", RULES.positive, row);
    const first = table.get(year);
    if (first) fail("value", "duplicate", { param: "index_years", row, value: year, first: first.row });
    table.set(year, { level, row });
  }
  return new Map([...table].map(([year, { level }]) => [year, level]));
}

const PARAMS = [
  { name: "amount", kind: "number", rule: RULES.amount },
  { name: "from_year", kind: "year", rule: YEAR },
  { name: "to_year", kind: "year", rule: YEAR },
] as const;

/** amount × level(to) / level(from), divided once and rounded to the øre; a year not in the table is #N/A naming it. */
export function priceIndexSpec(table: ReadonlyMap<number, number>): ElementwiseSpec<typeof PARAMS> {
  const listed = [...table.keys()].sort((a, b) => a - b).join(", ");
  const level = (year: number, param: string, row: number) =>
    table.get(year) ?? fail("na", "missingYear", { param, row, value: year, valid: listed });
  return {
    id: "INDEX",
    params: PARAMS,
    result: "money",
    rule: (calc, [amount, from, to], row) => {
      const start = level(from, "from_year", row);
      const end = level(to, "to_year", row);
      return calc.divRound(amount.times(calc.of(end)), calc.of(start), 2);
    },
  };
}
