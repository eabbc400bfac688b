/** The seed sentences its comparison settings rest on, quoted in Danish in both languages (the committee note cites them). */
const seeds = {
  "seed.roskilde.threshold": "almenskoler betaler specialundervisningsudgifter op til 354.000 kr. pr. elev pr. år, mens centrale midler kompenserer skoler for 75 pct. af de udgifter, der overstiger 354.000 kr.",
  "seed.roskilde.compensation": "almenskoler betaler specialundervisningsudgifter op til 354.000 kr. pr. elev pr. år, mens centrale midler kompenserer skoler for 75 pct. af de udgifter, der overstiger 354.000 kr.",
  "seed.roskilde.treatment_threshold": "Undtaget herfra er behandlings- og specialundervisningstilbud, hvor almenskoler betaler udgifter op til 413.000 kr. pr. elev pr. år, mens centrale midler kompenserer skolerne for 50 pct. af udgifterne herover.",
  "seed.roskilde.treatment_compensation": "Undtaget herfra er behandlings- og specialundervisningstilbud, hvor almenskoler betaler udgifter op til 413.000 kr. pr. elev pr. år, mens centrale midler kompenserer skolerne for 50 pct. af udgifterne herover.",
  "seed.roskilde.cap": "Skolernes udgifter afhænger af det tilbud, eleven visiteres til, men skolerne har et maksimalt finansieringsansvar på 666.000 kr. pr. elev pr. år.",
} as const;

/** Roskilde's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  ...seeds,
  "model.roskilde": "Roskilde — co-financing",
  "model.roskilde.text": "Schools pay special education up to 354,000 kr. per pupil per year; central funds compensate 75 % above that (treatment offers: 413,000 kr. and 50 %).\nA school pays at most 666,000 kr. per pupil per year; funds are shared by socio-economics.",
  "setting.roskilde.threshold": "Roskilde: threshold, ordinary offers (kr.)",
  "setting.roskilde.compensation": "Roskilde: central compensation above it",
  "setting.roskilde.treatment_threshold": "Roskilde: threshold, treatment offers (kr.)",
  "setting.roskilde.treatment_compensation": "Roskilde: central compensation above it (treatment)",
  "setting.roskilde.cap": "Roskilde: cap per pupil (kr.)",
} as const;

export const da: Record<keyof typeof en, string> = {
  ...seeds,
  "model.roskilde": "Roskilde — medfinansiering",
  "model.roskilde.text": "Skolerne betaler specialundervisning op til 354.000 kr. pr. elev pr. år; centrale midler kompenserer 75 pct. herover (behandlingstilbud: 413.000 kr. og 50 pct.).\nSkolen betaler højst 666.000 kr. pr. elev pr. år; midlerne fordeles efter socioøkonomi.",
  "setting.roskilde.threshold": "Roskilde: grænse, almindelige tilbud (kr.)",
  "setting.roskilde.compensation": "Roskilde: central kompensation herover",
  "setting.roskilde.treatment_threshold": "Roskilde: grænse, behandlingstilbud (kr.)",
  "setting.roskilde.treatment_compensation": "Roskilde: central kompensation herover (behandling)",
  "setting.roskilde.cap": "Roskilde: maksimal betaling pr. elev (kr.)",
};
