/** The seed sentences its comparison settings rest on, quoted in Danish in both languages (the committee note cites them). */
const seeds = {
  "seed.horsholm.decentral_share": "Derudover tildeles skolerne på baggrund af elevtal midler decentralt til forebyggende indsatser og supplerende undervisning i under ni timer ugentligt, som de selv forvalter.",
} as const;

/** Hørsholm's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  ...seeds,
  "model.horsholm": "Hørsholm — cooperation model",
  "model.horsholm.text": "A central pool pays special classes, special school and support of at least nine hours a week; money follows the activity, distributed twice a year.\nSchools get decentral money by pupil count for prevention and support under nine hours.",
  "setting.horsholm.decentral_share": "Hørsholm: share of the budget to schools by pupils",
} as const;

export const da: Record<keyof typeof en, string> = {
  ...seeds,
  "model.horsholm": "Hørsholm — samarbejdsmodel",
  "model.horsholm.text": "En central pulje betaler specialklasser, specialskole og støtte i mindst ni timer ugentligt; pengene følger aktiviteten og fordeles to gange årligt.\nSkolerne får decentrale midler efter elevtal til forebyggelse og støtte under ni timer.",
  "setting.horsholm.decentral_share": "Hørsholm: andel af budgettet til skolerne efter elevtal",
};
