import { type Activity, TurnContext } from 'botbuilder';
import { type QuestionTextCommand, questionCommandOf } from '../../questions/teams/question-text-commands';

/** The commands the bot understands when typed. */
export type TextCommand = 'help' | 'planMeetings' | QuestionTextCommand | 'unknown';

/** Reads the command from a message, ignoring an @mention of the bot, case and punctuation. */
export function textCommandOf(activity: Activity): { command: TextCommand; text: string } {
  const withoutMention = activity.recipient ? TurnContext.removeRecipientMention(activity) : activity.text;
  const text = (withoutMention ?? activity.text ?? '').trim();
  const normalised = text
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();
  if (['', 'help', 'hi', 'hello', 'start', 'menu'].includes(normalised)) return { command: 'help', text };
  if (['plan meetings', 'plan meeting', 'plan the year'].includes(normalised)) return { command: 'planMeetings', text };
  const question = questionCommandOf(text);
  if (question) return { command: question.command, text };
  return { command: 'unknown', text };
}
