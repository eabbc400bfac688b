/** Aalborg's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  "model.aalborg": "Aalborg — area model with Fokusklasser",
  "model.aalborg.text": "Each of the ten areas gets special-class places by pupils and socio-economics.\nUnused places release money to the area's schools, extra places are paid by them; a key decides each school's part.",
  "setting.aalborg.pupil_weight": "Aalborg: weight of pupils when places are shared",
  "setting.aalborg.places": "Aalborg: area places in total",
  "setting.aalborg.price": "Aalborg: price per place (kr.)",
  "blank.aalborg.places": "blank: places used",
  "blank.aalborg.price": "blank: cost per pupil-year of area offers",
} as const;

export const da: Record<keyof typeof en, string> = {
  "model.aalborg": "Aalborg — områdemodel med Fokusklasser",
  "model.aalborg.text": "Hvert af de ti områder tildeles specialklassepladser efter elevtal og socioøkonomi.\nUbrugte pladser frigiver midler til områdets skoler, ekstra pladser betaler de; en fordelingsnøgle afgør hver skoles del.",
  "setting.aalborg.pupil_weight": "Aalborg: vægt på elevtal ved fordeling af pladser",
  "setting.aalborg.places": "Aalborg: områdepladser i alt",
  "setting.aalborg.price": "Aalborg: pris pr. plads (kr.)",
  "blank.aalborg.places": "tom: brugte pladser",
  "blank.aalborg.price": "tom: udgift pr. elevår i områdetilbud",
};
