import { ExcelWorkbook } from "./excel-workbook";
import { languageOf } from "../texts";
import { Pane } from "./pane";
import { PaneView } from "./ui";

/** The task pane: Danish when Office's display language is Danish, English otherwise. */
Office.onReady(() => {
  const lang = languageOf(Office.context?.displayLanguage ?? "");
  const root = document.getElementById("app");
  if (!root) return;
  const workbook = new ExcelWorkbook();
  const view = new PaneView(new Pane(workbook, lang), root);
  void view.start();
  // A shared runtime keeps this page while the pane is hidden: read the workbook again when shown.
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && void view.refresh());
  void Office.addin?.onVisibilityModeChanged?.((args) => void (args.visibilityMode === "Taskpane" && view.refresh()));
  workbook.onTablesChanged(() => void view.refresh());
});
