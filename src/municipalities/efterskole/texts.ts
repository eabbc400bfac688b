/** Efterskoler's texts in the pane: its name and two-line explanation from the seeds. */
export const en = {
  "model.efterskole": "Efterskoler — taxameter subsidy",
  "group.efterskoler": "Efterskoler",
  "col.efterskole": "Efterskole",
  "model.efterskole.text": "Every pupil triggers the base rate; supplement 1 with a PPR statement of at least 9 weekly hours and a plan, supplement 2 for particularly extensive needs.\nThe fiscal year's subsidy rests on the school year that ends the year before.",
} as const;

export const da: Record<keyof typeof en, string> = {
  "model.efterskole": "Efterskoler — taxametertilskud",
  "group.efterskoler": "Efterskoler",
  "col.efterskole": "Efterskole",
  "model.efterskole.text": "Alle elever udløser grundtakst; tillægstakst 1 ved PPR-udtalelse om mindst 9 ugentlige timer og en plan, tillægstakst 2 ved særligt omfattende behov.\nTilskuddet for finansåret beregnes af aktiviteten i skoleåret, der slutter året før.",
};
