import { signature } from "../excel/signature";

/** The comparison functions: parameters in Excel's order. */
export const COMPARE = signature("COMPARE", ["schools", "referrals", "budget", "settings"]);
export const MARGINAL_COST = signature("MARGINAL_COST", ["model", "cost", "schools", "referrals", "budget", "offer", "year_fraction", "settings"]);
export const PHASE_IN = signature("PHASE_IN", ["current", "target", "max_loss", "years"]);
export const PHASE_IN_YEARS = signature("PHASE_IN_YEARS", ["current", "target", "max_loss"]);
