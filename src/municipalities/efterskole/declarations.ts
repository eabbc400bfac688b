import { ElementwiseSpec } from "../../excel/elementwise";
import { signature } from "../../excel/signature";
import { efterskoleBasisYear, efterskoleCategory } from "./rules";

/** The efterskole functions declared as data: parameters in Excel's order and their rules. */
export const EFTERSKOLE_GRANT = signature("EFTERSKOLE_GRANT", ["categories", "grundtakst", "tillaeg1", "tillaeg2"]);
export const EFTERSKOLE_TRANSITION = signature("EFTERSKOLE_TRANSITION", ["year", "amount"]);

export const CATEGORY_PARAMS = [
  { name: "ppr_9h", kind: "flag" },
  { name: "ppr_extensive", kind: "flag" },
  { name: "plan", kind: "flag" },
] as const;

export const EFTERSKOLE_CATEGORY: ElementwiseSpec<typeof CATEGORY_PARAMS> = {
  id: "EFTERSKOLE_CATEGORY",
  params: CATEGORY_PARAMS,
  result: "number",
  blank: "all",
  rule: (_calc, [ppr9h, pprExtensive, plan]) => efterskoleCategory(ppr9h, pprExtensive, plan),
};

export const BASIS_YEAR_PARAMS = [{ name: "fiscal_year", kind: "year", rule: { integer: true } }] as const;

export const EFTERSKOLE_BASIS_YEAR: ElementwiseSpec<typeof BASIS_YEAR_PARAMS> = {
  id: "EFTERSKOLE_BASIS_YEAR",
  params: BASIS_YEAR_PARAMS,
  result: "text",
  rule: (_calc, [year], row) => efterskoleBasisYear(year, "fiscal_year", row),
};
