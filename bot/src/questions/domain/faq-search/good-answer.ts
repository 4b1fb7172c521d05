/**
 * The least confidence (the score as a share of the best possible) at which a found entry is offered as an answer;
 * below it the app says the question has not been answered yet. Calibrated by `npm run faq:quality` between the
 * tuning paraphrases (almost all above) and off-topic school questions over the seeded FAQ (all below).
 */
export const GOOD_ANSWER_MIN_CONFIDENCE = 0.16;

/** True when a search result answers the question well enough to offer it. */
export function isGoodAnswer(result: { confidence: number }): boolean {
  return result.confidence >= GOOD_ANSWER_MIN_CONFIDENCE;
}
