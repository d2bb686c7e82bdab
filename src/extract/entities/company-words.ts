/**
 * Names right after a word for a company: `der Mutterkonzern Tata Motor`, `seine Eventagentur
 * Zappzoom`, `die Digitalagentur Conrad Caine`, `der Zulieferer Kelvana`. Company names look
 * like places or persons (founders' names), so the tagger may type them so; the word in front
 * says what they are. German compounds count by their last part (`Luxusauto-Hersteller`).
 */
import type { TypedSpan } from './metonymy.js';
import { retypeAfterWord } from './word-before.js';

/**
 * Last parts of German words for a company (`Mutterkonzern`, `Werbeagentur`, `Autohersteller`).
 * Not `-händler`: mostly people (`Unterhändler Russlands`, `Waffenhändler`).
 */
const COMPANY_WORD = /^(?:\p{Lu}[\p{L}-]*)?(?:konzern|Konzern|agentur|Agentur|firma|Firma|unternehmen|Unternehmen|hersteller|Hersteller|zulieferer|Zulieferer|gesellschaft|Gesellschaft|versicherer|Versicherer|reederei|Reederei|fluggesellschaft|Fluggesellschaft|airline|Airline|anbieter|Anbieter|kette|Kette|startup|Startup|Start-up|verlag|Verlag)$/u;
/** Words for a company that also stand for a person's role or a group of people, so they say nothing. */
const NOT_COMPANY = /^(?:Gesellschaft|Kette|Anbieter|Verlag)$/;

/** Retypes person and place mentions right after a word for a company as organisations. */
export function retypeAfterCompanyWords<T extends TypedSpan>(text: string, mentions: T[]): T[] {
  return retypeAfterWord(text, mentions, ['PER', 'LOC'], (w) => COMPANY_WORD.test(w) && !NOT_COMPANY.test(w), 'ORG');
}
