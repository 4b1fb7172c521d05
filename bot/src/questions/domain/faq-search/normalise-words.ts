/** The ordinals schools write short ("1st meeting"), spelt out. */
const ORDINALS: Readonly<Record<string, string>> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };

/** A short school year ("25/26", "24-25") written as the long one reads ("2025to26"); other pairs of numbers stay. */
function schoolYear(match: string, from: string, to: string): string {
  return Number(to) === (Number(from) + 1) % 100 ? `20${from}to${to}` : match;
}

/**
 * Lower-cases text and turns punctuation, currency and thousands separators into plain words; a school year
 * ("2026-27", "2026/27", "26/27") stays one word, a contraction ("doesn't") one word without its apostrophe, a year
 * group written short ("Y6", "yr 7") is spelt out ("year 6"), "SEND" in capitals reads as "SEN" (not the verb), and
 * American "-ize" spellings read as British "-ise".
 */
export function normaliseWords(text: string): string[] {
  return text
    .replace(/\bSEND\b/g, 'SEN')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/\b20(\d\d)\s*[-–/]\s*20(\d\d)\b/g, '20$1-$2')
    .replace(/\b(20\d\d)\s*[-–/]\s*(\d\d)\b/g, '$1to$2')
    .replace(/\b(\d\d)\s*[-–/]\s*(\d\d)\b/g, schoolYear)
    .replace(/\b(\d+)k\b/g, '$1000')
    .replace(/\b(1st|2nd|3rd|4th)\b/g, (ordinal) => ORDINALS[ordinal] ?? ordinal)
    .replace(/['’]s\b/g, '')
    .replace(/([a-z])['’]([a-z])/g, '$1$2')
    .replace(/\b(?:yr|y)\s*(\d{1,2})\b/g, 'year $1')
    .replace(/([a-z]{2})iz(e|ed|es|ing|ation|ations)\b/g, '$1is$2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
