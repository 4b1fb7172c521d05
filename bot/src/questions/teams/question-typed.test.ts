import { looksLikeAQuestion } from './question-typed';

describe('a question typed in the chat', () => {
  it('is recognised by its question mark or its first word', () => {
    for (const text of [
      'Who is our educational psychologist?',
      'how do we get support for year R',
      'Can I still claim E3',
      'Is there a meeting in December?',
      'our SALT has left?',
    ]) {
      expect({ text, question: looksLikeAQuestion(text) }).toEqual({ text, question: true });
    }
  });

  it('is never one of the commands, nor a greeting', () => {
    for (const text of ['plan meetings', 'request funding', 'budget', 'my requests', 'hello', 'thanks!', 'ok?']) {
      expect({ text, question: looksLikeAQuestion(text) }).toEqual({ text, question: false });
    }
  });
});
