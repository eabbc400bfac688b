/** Nordfyns's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  "model.nordfyns": "Nordfyns — common central pool",
  "model.nordfyns.text": "All special-education money sits in a central pool the school leaders manage together; savings go to the common funds.\nAn overrun is drawn first from the common funds, then from the schools' base budgets.",
  "setting.nordfyns.opening_balance": "Nordfyns: common funds, opening (kr.)",
} as const;

export const da: Record<keyof typeof en, string> = {
  "model.nordfyns": "Nordfyns — fælles central pulje",
  "model.nordfyns.text": "Midlerne er samlet i en central pulje, som skolelederne forvalter i fællesskab; besparede midler går til fællesmidlerne.\nVisiteres der ud over rammen, trækkes midlerne først fra fællesmidlerne og siden fra skolernes basisbudgetter.",
  "setting.nordfyns.opening_balance": "Nordfyns: fællesmidler primo (kr.)",
};
