/** The typed commands of questions and the FAQ. */
export type QuestionTextCommand = 'ask' | 'questions' | 'faq' | 'setQuestionChannel';

const PATTERNS: [QuestionTextCommand, RegExp][] = [
  ['setQuestionChannel', /^set\s+questions?\s+channel\b\s*(.*)$/is],
  ['questions', /^(open\s+questions|my\s+questions|questions)\s*$/i],
  ['faq', /^(?:faq|search\s+(?:the\s+)?faq)\b[\s:]*(.*)$/is],
  ['ask', /^(?:ask\s+a\s+question|ask\s+kcc|ask)\b[\s:]*(.*)$/is],
];

/** The question command a typed message is, with what follows it ("ask What is E3?" → ask, "What is E3?"). */
export function questionCommandOf(text: string): { command: QuestionTextCommand; argument: string } | undefined {
  for (const [command, pattern] of PATTERNS) {
    const match = pattern.exec(text.trim());
    if (match) return { command, argument: (match[1] ?? '').trim() };
  }
  return undefined;
}
