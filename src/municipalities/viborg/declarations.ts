import { RULES } from "../../excel/args";
import { ElementwiseSpec } from "../../excel/elementwise";
import { signature } from "../../excel/signature";
import * as model from "./rules";

/** Viborg's worksheet functions declared as data: parameters in Excel's order, rules, the seed's defaults. */
const VIBORG_PARAMS = [
  { name: "cost", kind: "number", rule: RULES.nonNegative },
  { name: "year_fraction", kind: "number", rule: RULES.fraction, default: 1 },
  { name: "rate", kind: "number", rule: RULES.nonNegative, default: model.VIBORG_DEFAULTS.rate, scalar: true },
] as const;

export const VIBORG_COST: ElementwiseSpec<typeof VIBORG_PARAMS> = {
  id: "VIBORG_COST",
  params: VIBORG_PARAMS,
  result: "money",
  rule: (calc, [, fraction, rate]) => model.viborgSchoolPayment(calc, fraction, { rate }),
};

export const VIBORG_CENTRAL: ElementwiseSpec<typeof VIBORG_PARAMS> = {
  id: "VIBORG_CENTRAL",
  params: VIBORG_PARAMS,
  result: "money",
  rule: (calc, [cost, fraction, rate]) => model.viborgCentralPayment(calc, cost, fraction, { rate }),
};

export const VIBORG_ALLOCATION = signature("VIBORG_ALLOCATION", ["pool", "classes", "socio", "class_weight", "decimals"]);
