import { aalborgPane } from "./aalborg/pane";
import { efterskolePane } from "./efterskole/pane";
import { hjorringPane } from "./hjorring/pane";
import { horsholmPane } from "./horsholm/pane";
import { nordfynsPane } from "./nordfyns/pane";
import { roskildePane } from "./roskilde/pane";
import { viborgPane } from "./viborg/pane";

/**
 * Each model's task-pane form, with its texts and its example workbook, in the order the pane
 * offers them: the pane's choices, the text catalogue (src/texts), the example workbooks
 * (npm run examples) and the docs links all come from this list.
 */
export const PANE_FORMS = [roskildePane, viborgPane, hjorringPane, aalborgPane, nordfynsPane, horsholmPane, efterskolePane] as const;
