/**
 * The built-in example workbook (the workbench opens it when assets/examples has none): one
 * small municipality with schools, referrals, areas and the pupils of two efterskoler, enough
 * for every model. Dates are Excel serials.
 */
export type SheetContents = (string | number | boolean | null)[][];

const JAN_1_2025 = 45658;
const AUG_1_2025 = 45870;
const DEC_31_2025 = 46022;

export const SAMPLE_BOOK: Record<string, SheetContents> = {
  Skoler: [
    ["Skole", "Elevtal", "Klasser", "Socioøkonomi", "Visiterede elever", "Basisbudget", "Område", "Fordelingsnøgle"],
    ["Nordskolen", 420, 18, 1.2, 3, 24000000, "Nord", 420],
    ["Sydskolen", 380, 16, 0.9, 2, 21000000, "Syd", 380],
    ["Østskolen", 510, 22, 1.1, 4, 29000000, "Nord", 510],
    ["Vestskolen", 290, 13, 0.8, 1, 17000000, "Syd", 290],
    ["Byskolen", 610, 26, 1.4, 5, 35000000, "Midt", 610],
    ["Åskolen", 240, 11, 0.6, 1, 14000000, "Midt", 240],
  ],
  Visitationer: [
    ["Skole", "Tilbud", "Udgift", "Andel af året", "Start", "Slut"],
    ["Nordskolen", "normal", 500000, 1, JAN_1_2025, DEC_31_2025],
    ["Nordskolen", "behandling", 600000, 1, JAN_1_2025, DEC_31_2025],
    ["Sydskolen", "central", 800000, 1, JAN_1_2025, DEC_31_2025],
    ["Østskolen", "normal", 250000, 0.5, AUG_1_2025, DEC_31_2025],
    ["Byskolen", "normal", 2000000, 1, JAN_1_2025, DEC_31_2025],
    ["Byskolen", "behandling", 450000, 1, JAN_1_2025, DEC_31_2025],
    ["Vestskolen", "normal", 300000, 1, JAN_1_2025, DEC_31_2025],
    ["Åskolen", "normal", 380000, 1, JAN_1_2025, DEC_31_2025],
  ],
  "Områder": [
    ["Område", "Elevtal", "Socioøkonomi", "Brugte pladser"],
    ["Nord", 930, 1.15, 5],
    ["Syd", 670, 0.85, 3],
    ["Midt", 850, 1, 6],
  ],
  Elever: [
    ["Elev", "PPR 9 timer", "PPR særligt omfattende", "Skriftlig plan", "Efterskole"],
    ["Anna", "ja", "nej", "ja", "Fjordefterskolen"],
    ["Bo", "nej", "nej", "nej", "Fjordefterskolen"],
    ["Carl", "ja", "ja", "ja", "Hedeefterskolen"],
    ["Dina", "ja", "nej", "nej", "Hedeefterskolen"],
    ["Emil", "ja", "nej", "ja", "Fjordefterskolen"],
    ["Frida", "nej", "nej", "nej", "Hedeefterskolen"],
  ],
  Efterskoler: [["Efterskole"], ["Fjordefterskolen"], ["Hedeefterskolen"]],
};

/** Excel tables in the example: the school list as a table, so its columns are offered by header. */
export const SAMPLE_TABLES = [{ name: "Skoletabel", sheet: "Skoler", address: "A1:H7" }];
