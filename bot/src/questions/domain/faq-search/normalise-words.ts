/**
 * Lower-cases text and turns punctuation, currency and thousands separators into plain words; a school year
 * ("2026-27", "2026/27") stays one word.
 */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/\b(20\d\d)\s*[-–/]\s*(\d\d)\b/g, '$1to$2')
    .replace(/\b(\d+)k\b/g, '$1000')
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
