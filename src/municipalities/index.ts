import { aalborgComparison } from "./aalborg/compare";
import { hjorringComparison } from "./hjorring/compare";
import { horsholmComparison } from "./horsholm/compare";
import { nordfynsComparison } from "./nordfyns/compare";
import { roskildeComparison } from "./roskilde/compare";
import { viborgComparison } from "./viborg/compare";

/**
 * The registry of the models' homes: the one list from which everything that lists models is
 * derived (SPU.COMPARE's columns and settings, SPU.MARGINAL_COST's model names, the pane's
 * choices, the example workbooks, the docs index). A seventh municipality is one more folder
 * beside these and one more line here.
 */

/** The six models of the catalogue, in the order of SPU.COMPARE's columns. */
export const COMPARED = [nordfynsComparison, horsholmComparison, aalborgComparison, roskildeComparison, viborgComparison, hjorringComparison] as const;

export type ModelId = (typeof COMPARED)[number]["id"];
