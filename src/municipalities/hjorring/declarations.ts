import { RULES } from "../../excel/args";
import { ElementwiseSpec } from "../../excel/elementwise";
import { signature } from "../../excel/signature";
import * as model from "./rules";

/** Hjørring's worksheet functions declared as data: parameters in Excel's order, rules, the seed's defaults. */
export const HJORRING_SHARE = signature("HJORRING_SHARE", ["pool", "pupils", "socio", "pupil_weight", "decimals"]);

const HJORRING_RATE_PARAMS = [
  { name: "total_cost", kind: "number", rule: RULES.nonNegative },
  { name: "pupils", kind: "number", rule: RULES.nonNegative },
] as const;

export const HJORRING_RATE: ElementwiseSpec<typeof HJORRING_RATE_PARAMS> = {
  id: "HJORRING_RATE",
  params: HJORRING_RATE_PARAMS,
  result: "money",
  rule: (calc, [totalCost, pupils], row) => model.hjorringRate(calc, totalCost, pupils, 2, row),
};

const HJORRING_BALANCE_PARAMS = [
  { name: "share", kind: "number", rule: RULES.nonNegative },
  { name: "referrals", kind: "number", rule: RULES.nonNegative },
  { name: "rate", kind: "number", rule: RULES.nonNegative, default: model.HJORRING_DEFAULTS.rate, scalar: true },
] as const;

export const HJORRING_BALANCE: ElementwiseSpec<typeof HJORRING_BALANCE_PARAMS> = {
  id: "HJORRING_BALANCE",
  params: HJORRING_BALANCE_PARAMS,
  result: "money",
  rule: (_calc, [share, referrals, rate]) => model.hjorringBalance(share, referrals, { rate }),
};
