/** The ordinals schools write short ("1st meeting"), spelt out. */
const ORDINALS: Readonly<Record<string, string>> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };

/** Small numbers written as words, for amounts said in words ("six thousand pounds"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((word, i) => [word, i + 1]),
);

/** An amount in thousands ("six thousand", "6 grand") written in figures ("6000"), as answers write "£6,000". */
function thousands(_match: string, amount: string): string {
  return String((NUMBER_WORDS[amount] ?? Number(amount)) * 1000);
}

/** A short school year ("25/26", "24-25") written as the long one reads ("2025to26"); other pairs of numbers stay. */
function schoolYear(match: string, from: string, to: string): string {
  return Number(to) === (Number(from) + 1) % 100 ? `20${from}to${to}` : match;
}

/**
 * Lower-cases text and turns punctuation, currency and thousands separators into plain words; a school year
 * ("2026-27", "2026/27", "26/27") stays one word, a contraction ("doesn't") one word without its apostrophe, a year
 * group ("Y6", "yr 7", "Year 6") one word ("year6", so "a Year 3 pupil" is not "per year"), "SEND" in capitals reads
 * as "SEN" (not the verb), an amount in thousands said in words ("six thousand") is written in figures, and American
 * "-ize" spellings read as British "-ise".
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
    .replace(
      /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:thousand|grand)\b/g,
      thousands,
    )
    .replace(/\b(1st|2nd|3rd|4th)\b/g, (ordinal) => ORDINALS[ordinal] ?? ordinal)
    .replace(/['’]s\b/g, '')
    .replace(/([a-z])['’]([a-z])/g, '$1$2')
    .replace(/\b(?:yr|y|year)\s*(\d{1,2})\b/g, 'year$1')
    .replace(/([a-z]{2})iz(e|ed|es|ing|ation|ations)\b/g, '$1is$2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
