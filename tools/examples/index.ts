import { PANE_FORMS } from "../../src/municipalities/panes";
import { comparison } from "../../src/comparing/workbook";
import type { Workbook } from "../../src/examples/workbook";

/**
 * Each example workbook by its file name in assets/examples: every model's, from the registry,
 * and the comparison's (its pane form, in src/taskpane/forms.ts, carries no example).
 */
export const EXAMPLES: Record<string, () => Workbook> = { ...Object.fromEntries(PANE_FORMS.map((f) => [f.id, f.example])), sammenligning: comparison };
