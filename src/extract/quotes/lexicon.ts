/**
 * Hand-written word lists for quote attribution. The learned cue lexicon
 * (models/quotes-cues.json.gz, see cues.ts) extends the verb lists with words seen as cues in
 * annotated news; these lists are the base that works without it.
 */

/** Frequent finite German speech verbs that are cues on their own. */
export const DE_STRONG_CUES = new Set([
  'sagte', 'sagten', 'sagt', 'sagen', 'gesagt', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'betonten',
  'betont', 'meinte', 'meinten', 'meint', 'schrieb', 'schrieben', 'schreibt', 'berichtete', 'berichteten',
  'berichtet', 'warnte', 'warnten', 'warnt', 'kritisierte', 'kritisierten', 'kritisiert', 'bestätigte',
  'bestätigten', 'bestätigt', 'versicherte', 'versichert', 'ergänzte', 'ergänzt', 'erläuterte',
  'erläutert', 'behauptete', 'behauptet', 'antwortete', 'antwortet', 'entgegnete', 'entgegnet',
  'unterstrich', 'bekräftigte', 'bekräftigt', 'verlangte', 'verlangt', 'mahnte', 'mahnt', 'beklagte',
  'beklagt', 'kommentierte', 'kommentiert', 'argumentierte', 'argumentiert', 'räumte', 'fügte',
  'hieß', 'heißt', 'teilte', 'teilten', 'teilt', 'gab', 'gaben', 'kündigte', 'kündigten', 'meldete',
  'meldeten', 'meldet', 'forderte', 'forderten', 'fordert', 'sprach', 'sprachen', 'spricht', 'nannte',
  'nannten', 'nennt', 'bezeichnete', 'bezeichneten', 'bezeichnet', 'zitierte', 'zitiert', 'äußerte',
  'äußerten', 'äußert', 'verkündete', 'verkündet', 'begründete', 'begründet', 'schilderte', 'schildert',
  'erzählte', 'erzählt', 'beteuerte', 'beteuert', 'dementierte', 'dementiert', 'bestritt', 'bestreitet',
  'glaubt', 'glaubte', 'hofft', 'hoffte', 'befürchtet', 'befürchtete', 'fürchtet', 'fürchtete',
  'erwartet', 'erwartete', 'vermutet', 'vermutete', 'schätzt', 'schätzte', 'fragte', 'fragt',
  'bezweifelte', 'bezweifelt', 'wies', 'weist', 'verwies', 'verweist', 'stellte', 'stellt',
  'schlug', 'schlägt', 'empfahl', 'empfiehlt', 'rief', 'ruft', 'twitterte', 'verriet', 'verrät',
  'bekannte', 'gestand', 'klagte', 'lobte', 'lobt', 'drängte', 'monierte', 'prophezeite',
  'versprach', 'verspricht', 'zeigte', 'zeigt', 'warf', 'wirft', 'hält', 'hielt', 'sieht', 'sah',
  'erklären', 'betonen', 'berichten', 'schreiben', 'melden', 'warnen', 'fordern', 'kritisieren',
  'sprechen', 'erklärt', 'geäußert', 'berichtet', 'angekündigt', 'mitgeteilt', 'betont',
  'skandierte', 'skandierten', 'attackierte', 'einräumen', 'geht', 'ging', 'gehen', 'sicherte', 'sichert',
  'brachte', 'bringt', 'erinnerte', 'erinnert', 'spekulierte', 'spekuliert', 'ausgesagt', 'sagte', 'appellierte',
]);

/** Separable verb particles that turn a verb into a speech verb (`teilte … mit`, `gab … bekannt`). */
export const DE_PARTICLE_CUES: Record<string, string[]> = {
  teilte: ['mit'], teilten: ['mit'], teilt: ['mit'], gab: ['bekannt', 'an', 'zu'], gaben: ['bekannt', 'an', 'zu'],
  gibt: ['bekannt', 'an', 'zu'], kündigte: ['an'], kündigten: ['an'], kündigt: ['an'], räumte: ['ein'],
  räumt: ['ein'], fügte: ['hinzu'], fügt: ['hinzu'], wies: ['hin', 'zurück'], weist: ['hin', 'zurück'],
  stellte: ['klar', 'fest', 'dar', 'frage'], stellt: ['klar', 'fest', 'dar', 'frage'], schlug: ['vor'], schlägt: ['vor'],
  rief: ['auf', 'aus'], ruft: ['auf', 'aus'], warf: ['vor'], wirft: ['vor'], zeigte: ['sich'], zeigt: ['sich'],
  hielt: ['entgegen', 'fest'], hält: ['entgegen', 'fest'], sah: ['voraus'], sieht: ['voraus'],
  führte: ['aus'], führt: ['aus'], deutete: ['an'], deutet: ['an'], merkte: ['an'], merkt: ['an'],
  legte: ['dar'], legt: ['dar'], gestand: ['ein'], gesteht: ['ein'], lehnte: ['ab'], lehnt: ['ab'],
  // `geht davon aus`, `sicherte … zu`, `brachte … zum Ausdruck`, `erinnerte sich`
  geht: ['aus'], ging: ['aus'], gehen: ['aus'], sicherte: ['zu'], sichert: ['zu'], brachte: ['ausdruck'],
  bringt: ['ausdruck'], erinnerte: ['sich'], erinnert: ['sich'],
};

/** Verbs that need their particle to be a cue (`teilte` alone is not speech). */
export const DE_NEEDS_PARTICLE = new Set([
  'teilte', 'teilten', 'teilt', 'gab', 'gaben', 'gibt', 'kündigte', 'kündigten', 'kündigt', 'räumte',
  'räumt', 'fügte', 'fügt', 'wies', 'weist', 'stellte', 'stellt', 'schlug', 'schlägt', 'rief', 'ruft',
  'warf', 'wirft', 'zeigte', 'zeigt', 'hielt', 'hält', 'sah', 'sieht', 'führte', 'führt', 'deutete',
  'deutet', 'merkte', 'merkt', 'legte', 'legt', 'gestand', 'gesteht', 'lehnte', 'lehnt',
  'geht', 'ging', 'gehen', 'sicherte', 'sichert', 'brachte', 'bringt', 'erinnerte', 'erinnert',
]);

/** Prepositional source markers: `laut X`, `X zufolge`, `nach Angaben X`, `so X`. */
export const DE_SOURCE_PREPOSITIONS = new Set(['laut', 'gemäß', 'lt.']);
export const DE_SOURCE_POSTPOSITIONS = new Set(['zufolge']);

/** English verbs of saying and believing, as finite or -ing forms. */
export const EN_CUES = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding',
  'noted', 'notes', 'noting', 'wrote', 'writes', 'writing', 'argued', 'argues', 'arguing', 'claimed',
  'claims', 'claiming', 'stated', 'states', 'explained', 'explains', 'explaining', 'insisted', 'insists',
  'insisting', 'warned', 'warns', 'warning', 'announced', 'announces', 'reported', 'reports', 'asked',
  'asks', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'suggested', 'suggests', 'suggesting',
  'believes', 'believed', 'believe', 'thinks', 'think', 'thought', 'declared', 'declares', 'stressed',
  'stresses', 'emphasized', 'emphasizes', 'pointed', 'points', 'replied', 'replies', 'responded',
  'responds', 'recalled', 'recalls', 'predicted', 'predicts', 'promised', 'promises', 'promising',
  'pledged', 'pledges', 'vowed', 'vows', 'tweeted', 'tweets', 'wrote', 'described', 'describes',
  'called', 'calls', 'criticized', 'criticizes', 'blasted', 'accused', 'accuses', 'denied', 'denies',
  'confirmed', 'confirms', 'maintained', 'maintains', 'contended', 'contends', 'agreed', 'agrees',
  'continued', 'continues', 'complained', 'complains', 'mentioned', 'mentions', 'shows', 'showed',
  'show', 'shown', 'found', 'finds', 'indicated', 'indicates', 'estimated', 'estimates', 'concluded',
  'concludes', 'cited', 'citing', 'cites', 'questioned', 'questions', 'echoed', 'echoes', 'joked',
  'quipped', 'conceded', 'concedes', 'assured', 'assures', 'hopes', 'hoped', 'fears', 'feared',
  'expects', 'expected', 'wants', 'wanted', 'urged', 'urges', 'demanded', 'demands', 'remarked',
  'observed', 'revealed', 'reveals', 'disclosed', 'testified', 'boasted', 'boasts', 'touted', 'touts',
  'charged', 'charges', 'alleged', 'alleges', 'predicted', 'speculated', 'worried', 'worries',
  'announced', 'added', 'recounted', 'acknowledged', 'knows', 'knew', 'felt', 'feels', 'seems',
  'appears', 'appeared', 'seemed',
]);

/** English cues that take the content clause before them only (`…, according to X`). */
export const EN_ACCORDING = ['according', 'to'];

/** German pronouns that can be a speaker; resolved to an earlier entity. */
export const DE_PRONOUNS = new Set(['er', 'sie', 'ihm', 'ihr', 'man', 'ich', 'wir']);
export const EN_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'him', 'her']);
/** Pronouns that point to a single person (resolved to the last person entity). */
export const PERSON_PRONOUNS = new Set(['er', 'he', 'she', 'him', 'ihm']);

/** Determiners and possessives that open a German or English noun phrase. */
export const DETERMINERS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein',
  'keine', 'sein', 'seine', 'seiner', 'seines', 'ihr', 'ihre', 'ihrer', 'ihres', 'dieser', 'diese',
  'dieses', 'mehrere', 'einige', 'viele', 'zwei', 'drei', 'beide', 'beiden', 'alle',
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'many',
  'several', 'two', 'three', 'one', 'other', 'another', 'our', 'my',
]);

/** Words that are never part of a speaker phrase. */
export const NON_SPEAKER_WORDS = new Set([
  'es', 'das', 'dies', 'this', 'that', 'there', 'which', 'what', 'who', 'it', 'was', 'wie', 'so',
  'auch', 'aber', 'jedoch', 'nun', 'dann', 'dazu', 'zudem', 'außerdem', 'also', 'but', 'and', 'und',
]);

/** Nouns that describe a role in front of a name (`Putins Sprecher Dmitri Peskow`). */
const ROLE_SUFFIXES = [
  'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'chef', 'chefin',
  'kanzler', 'kanzlerin', 'vorsitzende', 'vorsitzender', 'leiter', 'leiterin', 'direktor', 'direktorin',
  'sekretär', 'sekretärin', 'botschafter', 'botschafterin', 'experte', 'expertin', 'politiker',
  'politikerin', 'abgeordnete', 'abgeordneter', 'trainer', 'trainerin', 'anwalt', 'anwältin',
  'bürgermeister', 'bürgermeisterin', 'gouverneur', 'senator', 'senatorin', 'könig', 'königin',
  'kommissar', 'kommissarin', 'beauftragte', 'beauftragter', 'führer', 'führerin', 'premier',
  'diplomat', 'diplomaten', 'sprecher', 'autor', 'autorin', 'forscher', 'forscherin', 'professor',
  'professorin', 'richter', 'richterin', 'general', 'kandidat', 'kandidatin', 'mitglied', 'vize',
  'coach', 'kapitän', 'kapitänin', 'spieler', 'spielerin', 'torwart', 'vorstand', 'captain',
  'spokesman', 'spokeswoman', 'president', 'minister', 'secretary', 'senator', 'governor', 'director',
  'chairman', 'chief', 'leader', 'candidate', 'nominee', 'rep.', 'sen.', 'gov.', 'mayor', 'adviser',
  'advisor', 'aide', 'manager', 'professor', 'analyst', 'ceo', 'attorney', 'judge', 'ambassador',
];

export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_SUFFIXES.some((s) => w === s || (w.length > s.length + 2 && w.endsWith(s)) || w.endsWith('-' + s));
}

/** Last parts of German words for an institution or side that speaks (`Staatsanwaltschaft`, `Bundesregierung`, `von russischer Seite`). */
const INSTITUTION_SUFFIX = /(?:seite|seiten|polizei|regierung|ministerium|anwaltschaft|gericht|behörde|feuerwehr|verband|gewerkschaft|partei|kommission|amt|unternehmen|konzern|firma)$/i;

/** Does a speaker phrase name a person in a role (`ein Sprecher`) or an institution (`die Polizei`)? */
export function isReportingBody(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => isRoleNoun(w) || INSTITUTION_SUFFIX.test(w));
}

/** A German verb of saying that is a cue on its own (particle verbs are checked apart). */
export function isGermanSpeechVerb(word: string): boolean {
  const w = word.toLowerCase();
  return DE_STRONG_CUES.has(w) && !DE_NEEDS_PARTICLE.has(w);
}

/**
 * German finite verbs in the subjunctive (Konjunktiv I and the Konjunktiv II forms used in its
 * place) that mark reported speech: `Putin habe …`, `es sei …`, `Details hätten …`.
 */
export const DE_SUBJUNCTIVE = new Set([
  'sei', 'seien', 'seiest', 'habe', 'hätte', 'hätten', 'werde', 'würde', 'würden', 'könne', 'könnten',
  'könnte', 'müsse', 'müssten', 'müsste', 'solle', 'sollten', 'wolle', 'wollten', 'dürfe', 'dürften',
  'dürfte', 'möge', 'gebe', 'gäbe', 'wisse', 'gehe', 'stehe', 'komme', 'käme', 'liege', 'bleibe',
  'brauche', 'fehle', 'handle', 'handele', 'plane', 'wäre', 'wären', 'trage', 'lasse', 'halte', 'sehe',
  'mache', 'arbeite', 'gelte', 'biete', 'bestehe', 'erwarte', 'verfüge', 'zeige', 'führe', 'leide',
  'befinde', 'beabsichtige', 'wünsche', 'unterstütze', 'habest', 'heiße', 'nehme', 'finde', 'spiele',
  'lebe', 'glaube', 'hoffe', 'denke', 'bedeute', 'betrage', 'entspreche', 'erfolge', 'gelinge',
]);

/** German adverbs that open a sentence before its verb and look like nouns (`Gleichzeitig empfahl …`, `Hierzu schrieb …`). */
const DE_SENTENCE_ADVERBS = new Set([
  'gleichzeitig', 'gegenwärtig', 'derzeit', 'zudem', 'hierzu', 'dabei', 'besonders', 'erstmals', 'zwar',
  'anders', 'bislang', 'bisher', 'unterdessen', 'später', 'daneben', 'damals', 'danach', 'dennoch', 'trotzdem',
  'außerdem', 'inzwischen', 'mittlerweile', 'ferner', 'zuvor', 'allerdings', 'jedoch', 'nun', 'jetzt', 'heute',
  'gestern', 'morgen', 'hier', 'dort', 'deshalb', 'daher', 'darum', 'somit', 'demnach', 'zuletzt', 'kürzlich',
  'bereits', 'auch', 'ebenso', 'ebenfalls', 'vielmehr', 'insbesondere', 'anschließend', 'abschließend', 'weiter',
  'weiterhin', 'stattdessen', 'immerhin', 'dagegen', 'hingegen', 'indes', 'vorher', 'seither', 'dazu', 'dafür',
  'daraufhin', 'sinngemäß', 'wörtlich', 'erneut', 'zunächst', 'schließlich', 'letztlich', 'offenbar',
]);

/** Is a capitalised word a German sentence adverb (`Gleichzeitig`, `Bedauerlicherweise`, `Relativierend`), never a speaker? */
export function isSentenceAdverb(word: string): boolean {
  const w = word.toLowerCase();
  return DE_SENTENCE_ADVERBS.has(w) || /^\p{Lu}\p{Ll}{3,}(erweise|mals|dings|falls|wärtig|zeitig|ierend)$/u.test(word);
}

/** Prepositions (mostly with the genitive) that look like nouns when they open a sentence (`Angesichts solcher Alternativen nannte …`). */
const DE_CAPITALISED_PREPOSITIONS = new Set([
  'angesichts', 'bezüglich', 'aufgrund', 'anlässlich', 'infolge', 'trotz', 'wegen', 'hinsichtlich', 'mithilfe',
  'innerhalb', 'außerhalb', 'anstelle', 'entgegen', 'gemäß', 'dank', 'unterhalb', 'oberhalb', 'inmitten', 'zwecks',
]);

/** Does the word, capitalised at a sentence start, open a prepositional phrase rather than a noun phrase? */
export function isPrefieldPreposition(word: string): boolean {
  return /^\p{Lu}/u.test(word) && DE_CAPITALISED_PREPOSITIONS.has(word.toLowerCase());
}
