/**
 * The functions bundle: every module with worksheet functions, in one place, so that webpack hoists
 * them into one scope (no export getters on the hot paths). A test checks that none is missing.
 */
import "../common/functions";
import "../comparing/functions";
import "../municipalities/aalborg/functions";
import "../municipalities/efterskole/functions";
import "../municipalities/hjorring/functions";
import "../municipalities/horsholm/functions";
import "../municipalities/nordfyns/functions";
import "../municipalities/roskilde/functions";
import "../municipalities/viborg/functions";
import "../planning/functions";
import "../risk/functions";
