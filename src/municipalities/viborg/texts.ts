/** The seed sentences its comparison settings rest on, quoted in Danish in both languages (the committee note cites them). */
const seeds = {
  "seed.viborg.rate": "Når en elev visiteres til specialundervisning, betaler skolerne en fast medfinansierende takst på 135.000 kr. uanset, hvilket specialpædagogisk tilbud der visiteres til.",
  "seed.viborg.class_weight": "Midlerne til specialundervisning fordeles mellem skolerne på baggrund af antal klasser og socioøkonomi, og skolerne har betalingsansvar for alle elever i skoledistriktet.",
} as const;

/** Viborg's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  ...seeds,
  "model.viborg": "Viborg — fixed rate per referral",
  "model.viborg.text": "The school pays a fixed co-financing rate of 135,000 kr. whatever the offer; a central residual pool pays the rest.\nFunds go to schools by number of classes and socio-economics.",
  "setting.viborg.rate": "Viborg: rate per referred pupil (kr.)",
  "setting.viborg.class_weight": "Viborg: weight of number of classes",
} as const;

export const da: Record<keyof typeof en, string> = {
  ...seeds,
  "model.viborg": "Viborg — fast takst ved visitation",
  "model.viborg.text": "Skolen betaler en fast medfinansierende takst på 135.000 kr., uanset hvilket tilbud der visiteres til; en central restpulje betaler resten.\nMidlerne fordeles mellem skolerne efter antal klasser og socioøkonomi.",
  "setting.viborg.rate": "Viborg: takst pr. visiteret elev (kr.)",
  "setting.viborg.class_weight": "Viborg: vægt på antal klasser",
};
