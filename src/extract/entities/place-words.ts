/**
 * Names right after a word for a kind of place: `im Flüchtlingslager Idomeni`, `an der
 * Haltestelle Goldberg`, `im Ortsteil Kirchhellen`, `der Flughafen Eleftherios Venizelos`.
 * Villages and stops often bear family names, so the tagger takes them for persons; the word
 * in front says they are places. German compounds count by their last part.
 */
import type { TypedSpan } from './metonymy.js';
import { retypeAfterWord } from './word-before.js';

/** Last parts of German words for a kind of place (`Flüchtlingslager`, `Endhaltestelle`, `Stadtteil`). */
const PLACE_WORD = /^(?:\p{Lu}[\p{L}-]*)?(?:lager|Lager|haltestelle|Haltestelle|ortsteil|Ortsteil|stadtteil|Stadtteil|ortschaft|Ortschaft|dorf|Dorf|bahnhof|Bahnhof|flughafen|Flughafen|insel|Insel|provinz|Provinz|bezirk|Bezirk|viertel|Viertel|kurort|Kurort)$/u;

/** Retypes person mentions right after a word for a kind of place as places. */
export function retypeAfterPlaceWords<T extends TypedSpan>(text: string, mentions: T[]): T[] {
  return retypeAfterWord(text, mentions, ['PER'], (w) => PLACE_WORD.test(w), 'LOC');
}
