/** The seed sentences its comparison settings rest on, quoted in Danish in both languages (the committee note cites them). */
const seeds = {
  "seed.aalborg.pupil_weight": "Derfor er områdemodellen, hvor et område tildeles et antal specialklassepladser baseret på elevtal og socioøkonomi, mere hensigtsmæssig end en takstmodel, hvor den enkelte skole betaler en takst pr. elev, der visiteres til specialundervisning.",
  "seed.aalborg.places": "Økonomien til de områdedækkende tilbud lægges ud decentralt som et antal specialklassepladser, som områdets skoler tilsammen har.",
  "seed.aalborg.price": "Bliver alle pladser ikke brugt, får området frigivet midler til skolernes egen disposition.",
} as const;

/** Aalborg's texts in the pane: its name and two-line explanation from the seeds, its comparison settings. */
export const en = {
  ...seeds,
  "model.aalborg": "Aalborg — area model with Fokusklasser",
  "model.aalborg.text": "Each of the ten areas gets special-class places by pupils and socio-economics.\nUnused places release money to the area's schools, extra places are paid by them; a key decides each school's part.",
  "setting.aalborg.pupil_weight": "Aalborg: weight of pupils when places are shared",
  "setting.aalborg.places": "Aalborg: area places in total",
  "setting.aalborg.price": "Aalborg: price per place (kr.)",
  "blank.aalborg.places": "blank: places used",
  "blank.aalborg.price": "blank: cost per pupil-year of area offers",
} as const;

export const da: Record<keyof typeof en, string> = {
  ...seeds,
  "model.aalborg": "Aalborg — områdemodel med Fokusklasser",
  "model.aalborg.text": "Hvert af de ti områder tildeles specialklassepladser efter elevtal og socioøkonomi.\nUbrugte pladser frigiver midler til områdets skoler, ekstra pladser betaler de; en fordelingsnøgle afgør hver skoles del.",
  "setting.aalborg.pupil_weight": "Aalborg: vægt på elevtal ved fordeling af pladser",
  "setting.aalborg.places": "Aalborg: områdepladser i alt",
  "setting.aalborg.price": "Aalborg: pris pr. plads (kr.)",
  "blank.aalborg.places": "tom: brugte pladser",
  "blank.aalborg.price": "tom: udgift pr. elevår i områdetilbud",
};
