// Abbreviations whose period never ends a sentence, German and English, lower-case without the period.
// Single letters are included so that "z. B." and "u. a." stay inside their sentence.
const ABBREVIATIONS = new Set([
  // German
  'dr', 'prof', 'bzw', 'ca', 'nr', 'st', 'usw', 'vgl', 'mio', 'mrd', 'jh', 'jhd', 'abs', 'art',
  'bspw', 'evtl', 'ggf', 'inkl', 'max', 'min', 'mind', 'sog', 'u.a', 'z.b', 'd.h', 'o.ä', 'u.ä',
  'usf', 'zb', 'dh', 'geb', 'gest', 'hrsg', 'str', 'tel', 'zzgl', 'etc', 'ehem', 'bzgl', 'allg',
  'dt', 'frz', 'engl', 'ital', 'span', 'russ', 'amerik', 'chr', 'v.chr', 'n.chr', 'kath', 'ev',
  'dipl', 'ing', 'mag', 'med', 'phil', 'jur', 'rer', 'nat', 'hl', 'fa', 'bzw', 'ff', 'gem',
  'jan', 'feb', 'febr', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'uhr', 'std', 'abg', 'präs', 'bd', 'verf', 'z.t',
  'i.d.r', 'u.u', 'o.g', 's.o', 's.u', 'm.e',
  // English
  'mr', 'mrs', 'ms', 'messrs', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'jr', 'sr', 'inc', 'ltd', 'corp', 'co', 'bros',
  'vs', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'no', 'mt', 'ft', 'ave', 'blvd', 'dept', 'univ',
  'approx', 'est', 'fig', 'vol', 'ed', 'eds', 'pp', 'cf', 'al',
  'mar', 'oct', 'dec',
]);

export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length === 1 && /\p{L}/u.test(w)) return true;
  return ABBREVIATIONS.has(w);
}
