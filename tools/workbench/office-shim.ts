import { makeCustomFunctions } from "../engine/custom-functions-stub";
import type { SpuHost } from "./workbench";

/**
 * Stands in for office.js inside the workbench's task pane frame: Office and Excel come from the
 * host page; CustomFunctions only needs to exist (the host page runs the functions itself).
 */
const host = (window.parent as unknown as { spuHost: SpuHost }).spuHost;
const globals = window as unknown as Record<string, unknown>;
globals.Office = host.Office;
globals.Excel = host.Excel;
globals.CustomFunctions = makeCustomFunctions(() => undefined);
