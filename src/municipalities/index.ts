import * as common from "../common/declarations";
import * as comparing from "../comparing/declarations";
import * as planning from "../planning/declarations";
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
import { aalborgPane } from "./aalborg/pane";
import { efterskolePane } from "./efterskole/pane";
import { hjorringPane } from "./hjorring/pane";
import { horsholmPane } from "./horsholm/pane";
import { nordfynsPane } from "./nordfyns/pane";
import { roskildePane } from "./roskilde/pane";
import { viborgPane } from "./viborg/pane";

/**
 * The registry of the models' homes: the one list from which everything that lists models is
 * derived (SPU.COMPARE's columns and settings, SPU.MARGINAL_COST's model names, the pane's
 * choices, the example workbooks, the docs index). A seventh municipality is one more folder
 * beside these and one more line here.
 */

/** The six models of the catalogue, in the order of SPU.COMPARE's columns. */
export const COMPARED = [nordfynsComparison, horsholmComparison, aalborgComparison, roskildeComparison, viborgComparison, hjorringComparison] as const;

export type ModelId = (typeof COMPARED)[number]["id"];

/** Each family's declarations (its functions' signatures and elementwise specs), by family. */
export const FAMILIES = { common, comparing, planning, nordfyns, horsholm, aalborg, roskilde, viborg, hjorring, efterskole } as const;

/** Every worksheet function's signature, from the families' declarations. */
export function signatures(): Signature[] {
  return Object.values(FAMILIES).flatMap((family) =>
    Object.values(family as Record<string, unknown>).filter((v): v is Signature => typeof v === "object" && v !== null && "id" in v && "params" in v && Array.isArray((v as Signature).params))
  ).map((v) => ({ id: v.id, params: (v.params as readonly (string | { name: string })[]).map((p) => (typeof p === "string" ? p : p.name)) }));
}

/**
 * Each model's task-pane form, with its texts and its example workbook, in the order the pane
 * offers them: the pane's choices, the text catalogue (src/texts), the example workbooks
 * (npm run examples) and the docs links all come from this list.
 */
export const PANE_FORMS = [roskildePane, viborgPane, hjorringPane, aalborgPane, nordfynsPane, horsholmPane, efterskolePane] as const;
