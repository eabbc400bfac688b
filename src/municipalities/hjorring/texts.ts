/** The seed sentences its comparison settings rest on, quoted in Danish in both languages (the committee note cites them). */
const seeds = {
  "seed.hjorring.pupil_weight": "70 pct. af puljen fordeles efter skolers elevtal, mens 30 pct. fordeles efter skoledistriktets socioøkonomi.",
  "seed.hjorring.rate": "Der beregnes hvert år en gennemsnitstakst, der udtrykker den gennemsnitlige pris for at have en elev på Hjørringskolen, og skolerne betaler således samme takst, uanset hvilket specialtilbud der visiteres til.",
} as const;

/** Hjørring's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  ...seeds,
  "model.hjorring": "Hjørring — average rate",
  "model.hjorring.text": "One pool is shared 70 % by pupils and 30 % by the district's socio-economics.\nEach school pays an average rate (2023: 293,000 kr.) per referred pupil and invests the rest in inclusion.",
  "setting.hjorring.pupil_weight": "Hjørring: weight of pupils",
  "setting.hjorring.rate": "Hjørring: average rate (kr.)",
  "blank.hjorring.rate": "blank: the data's cost per pupil-year",
} as const;

export const da: Record<keyof typeof en, string> = {
  ...seeds,
  "model.hjorring": "Hjørring — gennemsnitstakst",
  "model.hjorring.text": "En samlet pulje fordeles 70 pct. efter elevtal og 30 pct. efter skoledistriktets socioøkonomi.\nSkolen betaler en gennemsnitstakst (2023: 293.000 kr.) pr. visiteret elev; resten investeres i inklusion.",
  "setting.hjorring.pupil_weight": "Hjørring: vægt på elevtal",
  "setting.hjorring.rate": "Hjørring: gennemsnitstakst (kr.)",
  "blank.hjorring.rate": "tom: data, udgift pr. elevår",
};
