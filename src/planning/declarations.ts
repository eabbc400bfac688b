import { signature } from "../excel/signature";

/** The planning functions: parameters in Excel's order. */
export const SENSITIVITY = signature("SENSITIVITY", ["model", "setting", "values", "schools", "referrals", "budget", "settings"]);
export const SOLVE = signature("SOLVE", ["model", "setting", "target", "goal", "schools", "referrals", "budget", "settings", "lower", "upper"]);
export const INDEX = signature("INDEX", ["amount", "from_year", "to_year", "index_years", "index_levels"]);
