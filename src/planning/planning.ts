import { Positions } from "../comparing/contribution";
import { SETTINGS, Settings, modelPositions } from "../comparing/engine";
import { Municipality } from "../comparing/municipality";
import { RULES } from "../excel/args";
import { Decimal } from "../money/decimal";
import { exactSum } from "../money/fixed";
import { fail } from "../money/errors";
import { ModelId } from "../municipalities";

/**
 * What-if on one model of the comparison: its positions with one setting at other values
 * (SPU.SENSITIVITY) and the value of a setting at which an outcome reaches a goal (SPU.SOLVE).
 * Both run the comparison engine itself, so every answer is what SPU.COMPARE would show.
 */

/** The outcomes SPU.SOLVE can aim at. */
export const TARGETS = ["central_payments", "school_payments", "school_share"] as const;
export type Target = (typeof TARGETS)[number];

/** A setting of `model` by its full name (`viborg.rate`) or its key alone (`rate`), case-insensitive. */
export function settingName(model: ModelId, text: string): string {
  const key = text.normalize("NFC").trim().toLowerCase();
  const name = key.includes(".") ? key : `${model}.${key}`;
  if (!name.startsWith(`${model}.`) || !SETTINGS.has(name)) fail("value", "unknownSetting", { param: "setting", value: text });
  return name;
}

/** The settings with `name` at `value`, whatever the table says. */
export function withSetting(settings: Settings, name: string, value: Decimal): Settings {
  return (key) => (key === name ? value : settings(key));
}

/** The positions under `model` with `name` at each of `values`. */
export function sensitivity(model: ModelId, m: Municipality, settings: Settings, name: string, values: readonly Decimal[]): Positions[] {
  return values.map((value) => modelPositions(model, m, withSetting(settings, name, value)));
}

/** An outcome of the positions: what the centre or the schools paid towards the referrals, or the schools' share of their cost. */
export function outcome(p: Positions, m: Municipality, target: Target): Decimal {
  const total = exactSum(m.referrals.map((r) => r.cost));
  switch (target) {
    case "school_payments":
      return p.paid;
    case "central_payments":
      return total.minus(p.paid);
    case "school_share":
      return total.isZero() ? fail("div0", "allZero", { param: "referrals (cost)" }) : p.paid.div(total);
  }
}

/** The step SPU.SOLVE answers to: 4 decimals for a share, whole units (kroner, places) for the rest. */
export function settingUnit(name: string): Decimal {
  return new Decimal(SETTINGS.get(name)!.rule === RULES.share ? "0.0001" : 1);
}

export interface SolveRange {
  lower: Decimal;
  upper: Decimal;
}

/**
 * The lowest value of `name` in [lower, upper], on its unit, at which `target` comes nearest the
 * goal with the goal between its neighbours' outcomes: one unit less falls short of the goal
 * (or reaches it exactly), one unit more reaches or passes it.
 *
 * Monotonicity: the outcome is evaluated at both ends of the range; the goal must lie between
 * them (else #N/A), which fixes the direction. Bisection on the unit then keeps one end short of
 * the goal and the other reaching it, so the two ends it stops at, one unit apart, straddle the
 * goal even where the outcome is not monotone; the nearer is the answer, and the neighbour beyond
 * it is evaluated to confirm it does not turn back. For the settings that move school payments the
 * outcome is monotone by the rules themselves (see docs/planning.html), so the answer is unique.
 */
export function solve(model: ModelId, m: Municipality, settings: Settings, name: string, target: Target, goal: Decimal, range: SolveRange): Decimal {
  const unit = settingUnit(name);
  const at = (k: number) => outcome(modelPositions(model, m, withSetting(settings, name, unit.times(k))), m, target);
  let lo = range.lower.div(unit).ceil().toNumber();
  let hi = range.upper.div(unit).floor().toNumber();
  const low = at(lo);
  const high = at(hi);
  if (low.equals(goal)) return unit.times(lo);
  // +1: the outcome rises with the setting over the range, −1: it falls.
  const direction = high.comparedTo(low);
  const reaches = (value: Decimal) => value.minus(goal).times(direction).greaterThanOrEqualTo(0);
  if (direction === 0 || reaches(low) || !reaches(high)) unreachable(name, target, goal, range, low, high);
  let short = low;
  let reached = high;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const value = at(mid);
    if (reaches(value)) [hi, reached] = [mid, value];
    else [lo, short] = [mid, value];
  }
  const upper = reached.minus(goal).abs().lessThanOrEqualTo(short.minus(goal).abs());
  const answer = upper ? hi : lo;
  const beyond = upper ? answer + 1 : answer - 1;
  if (unit.times(beyond).greaterThan(range.upper) || unit.times(beyond).lessThan(range.lower)) return unit.times(answer);
  // The neighbour on the far side must stay on its side of the goal: the outcome does not turn back.
  if (reaches(at(beyond)) !== upper) unreachable(name, target, goal, range, low, high);
  return unit.times(answer);
}

function unreachable(name: string, target: Target, goal: Decimal, range: SolveRange, low: Decimal, high: Decimal): never {
  const show = (v: Decimal) => v.toSignificantDigits(6).toString();
  return fail("na", "goalUnreachable", {
    param: "goal",
    value: goal.toString(),
    target,
    low: show(low),
    high: show(high),
    setting: name,
    lower: range.lower.toString(),
    upper: range.upper.toString(),
  });
}
