import * as common from "../common/declarations";
import * as comparing from "../comparing/declarations";
import * as planning from "../planning/declarations";
import * as risk from "../risk/declarations";
import { Signature } from "../excel/signature";
import { aalborgComparison } from "./aalborg/compare";
import * as aalborg from "./aalborg/declarations";
import * as efterskole from "./efterskole/declarations";
import * as hjorring from "./hjorring/declarations";
import * as horsholm from "./horsholm/declarations";
import * as nordfyns from "./nordfyns/declarations";
import * as roskilde from "./roskilde/declarations";
import * as viborg from "./viborg/declarations";
import { hjorringComparison } from "./hjorring/compare";
import { horsholmComparison } from "./horsholm/compare";
import { nordfynsComparison } from "./nordfyns/compare";
import { roskildeComparison } from "./roskilde/compare";
import { viborgComparison } from "./viborg/compare";

/**
 * The registry of the models' homes (the pane's forms, which the functions bundle must not carry,
 * are listed beside it in panes.ts): the one list from which everything that lists models is
 * derived (SPU.COMPARE's columns and settings, SPU.MARGINAL_COST's model names, the pane's
 * choices, the example workbooks, the docs index). A seventh municipality is one more folder
 * beside these and one more line here.
 */

/** The six models of the catalogue, in the order of SPU.COMPARE's columns. */
export const COMPARED = [nordfynsComparison, horsholmComparison, aalborgComparison, roskildeComparison, viborgComparison, hjorringComparison] as const;

export type ModelId = (typeof COMPARED)[number]["id"];

/** Each family's declarations (its functions' signatures and elementwise specs), by family. */
export const FAMILIES = { common, comparing, planning, risk, nordfyns, horsholm, aalborg, roskilde, viborg, hjorring, efterskole } as const;

/** Every worksheet function's signature, from the families' declarations. */
export function signatures(): Signature[] {
  return Object.values(FAMILIES).flatMap((family) =>
    Object.values(family as Record<string, unknown>).filter((v): v is Signature => typeof v === "object" && v !== null && "id" in v && "params" in v && Array.isArray((v as Signature).params))
  ).map((v) => ({ id: v.id, params: (v.params as readonly (string | { name: string })[]).map((p) => (typeof p === "string" ? p : p.name)) }));
}
