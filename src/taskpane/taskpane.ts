import { ExcelWorkbook } from "./excel-workbook";
import { Language } from "../texts";
import { Pane } from "./pane";
import { PaneView } from "./ui";

/** The task pane: Danish when Office's display language is Danish, English otherwise. */
Office.onReady(() => {
  const lang: Language = (Office.context?.displayLanguage ?? "").toLowerCase().startsWith("da") ? "da" : "en";
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
