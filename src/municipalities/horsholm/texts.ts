/** Hørsholm's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  "model.horsholm": "Hørsholm — cooperation model",
  "model.horsholm.text": "A central pool pays special classes, special school and support of at least nine hours a week; money follows the activity, distributed twice a year.\nSchools get decentral money by pupil count for prevention and support under nine hours.",
  "setting.horsholm.decentral_share": "Hørsholm: share of the budget to schools by pupils",
} as const;

export const da: Record<keyof typeof en, string> = {
  "model.horsholm": "Hørsholm — samarbejdsmodel",
  "model.horsholm.text": "En central pulje betaler specialklasser, specialskole og støtte i mindst ni timer ugentligt; pengene følger aktiviteten og fordeles to gange årligt.\nSkolerne får decentrale midler efter elevtal til forebyggelse og støtte under ni timer.",
  "setting.horsholm.decentral_share": "Hørsholm: andel af budgettet til skolerne efter elevtal",
};
