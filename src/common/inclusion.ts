import { Decimal, sum } from "../money/decimal";
import { fail } from "../money/errors";

/**
 * Inclusion rate (inklusionsgrad): the share of all pupils taught in general education,
 * (Σtotal − Σsegregated) / Σtotal, exact.
 *
 * @param params name the two inputs in the errors raised when the segregated pupils outnumber
 * all pupils (#VALUE!) or there are no pupils (#DIV/0!).
 */
export function inclusionRate(
  total: readonly Decimal[],
  segregated: readonly Decimal[],
  params: { total: string; segregated: string }
): Decimal {
  const all = sum(total);
  const apart = sum(segregated);
  if (apart.greaterThan(all)) fail("value", "range", { param: params.segregated, value: apart.toString(), min: 0, max: all.toString() });
  if (all.isZero()) fail("div0", "notPositive", { param: params.total, value: 0 });
  return all.minus(apart).div(all);
}
