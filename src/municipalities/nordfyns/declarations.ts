import { signature } from "../../excel/signature";

/** Nordfyns' worksheet functions: parameters in Excel's order. */
export const NORDFYNS_COMMON_FUNDS = signature("NORDFYNS_COMMON_FUNDS", ["budget", "costs", "opening_balance"]);
export const NORDFYNS_SCHOOL_DRAW = signature("NORDFYNS_SCHOOL_DRAW", ["budget", "costs", "opening_balance", "base_budgets", "decimals"]);
