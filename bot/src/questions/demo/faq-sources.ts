/** One FAQ entry the app starts with; `key` gives it a stable id on every machine. */
export interface SeedFaqEntry {
  key: string;
  themeId: string;
  question: string;
  answer: string;
  source: string;
}

/** Source: the council's briefing to schools. */
export const BRIEFING = 'KCC briefing to schools, May 2025';
/** Source: KCC's Locality Model pages on KELSI. */
export const KELSI = 'KCC Locality Model pages on KELSI';
/** Source: the SEND Code of Practice. */
export const CODE = 'SEND Code of Practice 2015';
