import { ExcelWorkbook } from "./excel-workbook";
import { Language } from "./i18n";
import { Pane } from "./pane";
import { PaneView } from "./ui";

/** The task pane: Danish when Office's display language is Danish, English otherwise. */
Office.onReady(() => {
  const lang: Language = (Office.context?.displayLanguage ?? "").toLowerCase().startsWith("da") ? "da" : "en";
  const root = document.getElementById("app");
  if (root) void new PaneView(new Pane(new ExcelWorkbook(), lang), root).start();
});
