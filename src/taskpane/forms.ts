import { OptionalSchoolColumn } from "../comparing/municipality";
import { RULES } from "../excel/args";
import { COMPARED } from "../municipalities";
import { PANE_FORMS } from "../municipalities/panes";
import { Param, PaneForm, ParamKind, num, txt } from "./form";

/**
 * "Sammenlign modeller": the inputs SPU.COMPARE reads, its own parameters, then every compared
 * model's settings as declared in its comparison contribution (`<model>.<key>`, the seed's
 * default, or what a blank means). The sheet is compare-layout.ts.
 */
/** The models whose comparison reads the optional schools column `column`. */
function neededBy(column: OptionalSchoolColumn): string[] {
  return COMPARED.filter((c) => c.needs.includes(column)).map((c) => c.id);
}

function kind(rule: unknown): ParamKind {
  return rule === RULES.share ? "share" : rule === RULES.count ? "number" : "money";
}

/** A setting of SPU.COMPARE, `<model>.<key>`: its default, or a blank computed from the data, or required. */
export const SETTINGS: (Param & { model: string })[] = COMPARED.flatMap((c) =>
  Object.entries(c.settings).map(([key, s]: [string, { rule: unknown; default?: number; fromData?: boolean }]) => ({
    id: `${c.id}.${key}`,
    model: c.id,
    kind: kind(s.rule),
    named: true,
    label: `setting.${c.id}.${key}`,
    ...(s.default !== undefined ? { default: s.default } : { blank: s.fromData ? `blank.${c.id}.${key}` : "blank.required" }),
  }))
);

export const compareForm: PaneForm = {
  id: "compare",
  help: "compare",
  groups: [
    {
      id: "schools",
      columns: [
        txt("name"),
        num("pupils"),
        { ...num("classes", true), neededBy: neededBy("classes") },
        num("socio"),
        { ...txt("area", true), neededBy: neededBy("area") },
        { ...num("base_budget", true), neededBy: neededBy("base_budget") },
      ],
    },
    { id: "referrals", columns: [txt("school"), txt("offer", true), num("cost"), num("year_fraction", true)] },
  ],
  params: [
    { id: "budget", kind: "money" },
    { id: "marginal_cost", kind: "money" },
    { id: "current_model", kind: "model" },
    { id: "target_model", kind: "model" },
    { id: "max_loss", kind: "share" },
    { id: "years", kind: "number" },
    ...SETTINGS,
  ],
  summary: [],
  tables: [],
};

/** The pane's choices: each model's form from the registry, then the comparison. */
export const FORMS: PaneForm[] = [...PANE_FORMS, compareForm];

export function form(id: string): PaneForm {
  return FORMS.find((m) => m.id === id) ?? FORMS[0];
}
