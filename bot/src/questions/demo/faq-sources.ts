/** One FAQ entry the app starts with in local mode; `key` gives it a stable id on every machine. */
export interface SeedFaqEntry {
  key: string;
  themeId: string;
  question: string;
  answer: string;
  /** The document (and slide or section) that says what the answer says; the answer says nothing more. */
  source: string;
  /** The last day the answer holds, where its source limits it (YYYY-MM-DD). */
  validUntil?: string;
}

/** Source: a slide of KCC's Keeping in Touch briefing to schools, by its title. */
export function briefing(slide: string): string {
  return `KCC Keeping in Touch briefing to schools, 19 May 2025, slide "${slide}"`;
}

/** Source: KCC's public Locality Model pages on KELSI (as summarised in the project's facts sheet). */
export const KELSI = 'KCC Locality Model for School Inclusion pages on KELSI';
/** Source: the SEND Code of Practice. */
export const CODE = 'SEND Code of Practice 2015, chapter 6 (broad areas of need)';
/** Source: how this app works. */
export const APP = 'Communities of Schools app';
