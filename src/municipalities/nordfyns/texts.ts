/** The seed sentences its comparison settings rest on, quoted in Danish in both languages (the committee note cites them). */
const seeds = {
  "seed.nordfyns.opening_balance": "Visiteres der omvendt ud over den budgetterede ramme, vil midlerne først blive trukket fra fællesmidlerne og efterfølgende fra skolernes basisbudgetter.",
} as const;

/** Nordfyns's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  ...seeds,
  "model.nordfyns": "Nordfyns — common central pool",
  "model.nordfyns.text": "All special-education money sits in a central pool the school leaders manage together; savings go to the common funds.\nAn overrun is drawn first from the common funds, then from the schools' base budgets.",
  "setting.nordfyns.opening_balance": "Nordfyns: common funds, opening (kr.)",
} as const;

export const da: Record<keyof typeof en, string> = {
  ...seeds,
  "model.nordfyns": "Nordfyns — fælles central pulje",
  "model.nordfyns.text": "Midlerne er samlet i en central pulje, som skolelederne forvalter i fællesskab; besparede midler går til fællesmidlerne.\nVisiteres der ud over rammen, trækkes midlerne først fra fællesmidlerne og siden fra skolernes basisbudgetter.",
  "setting.nordfyns.opening_balance": "Nordfyns: fællesmidler primo (kr.)",
};
