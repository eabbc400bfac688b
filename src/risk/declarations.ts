import { signature } from "../excel/signature";

/** SPU.RISK: parameters in Excel's order. */
export const RISK = signature("RISK", ["model", "schools", "referrals", "budget", "settings", "runs", "seed"]);
