import { PANE_FORMS } from "../../src/municipalities/panes";
import type { Workbook } from "../../src/examples/workbook";

/** Each example workbook by its file name in assets/examples: every model's, from the registry. */
export const EXAMPLES: Record<string, () => Workbook> = Object.fromEntries(PANE_FORMS.map((f) => [f.id, f.example]));
