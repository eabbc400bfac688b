import type { Language } from "../../src/excel/messages";

/** The workbench's own labels, around the pane (whose texts are src/texts). */
const en = {
  example: "Example",
  builtIn: "Built-in example",
  blank: "Blank workbook",
  nameBox: "Name box",
  formulaBar: "Formula bar",
};

const da: Record<keyof typeof en, string> = {
  example: "Eksempel",
  builtIn: "Indbygget eksempel",
  blank: "Tom projektmappe",
  nameBox: "Navneboks",
  formulaBar: "Formellinje",
};

export const WORKBENCH_TEXTS: Record<Language, typeof en> = { en, da };
