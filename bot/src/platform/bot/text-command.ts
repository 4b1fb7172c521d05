import { type Activity, TurnContext } from 'botbuilder';

/** A typed message without the bot's @mention, and whether it only asks for help (or says hello). */
export function textOf(activity: Activity): { text: string; isHelp: boolean } {
  const withoutMention = activity.recipient ? TurnContext.removeRecipientMention(activity) : activity.text;
  const text = (withoutMention ?? activity.text ?? '').trim();
  return { text, isHelp: ['', 'help', 'hi', 'hello', 'start', 'menu'].includes(normalisedCommand(text)) };
}

/** A command as typed, compared without case or punctuation ("Plan meetings!" is "plan meetings"). */
export function normalisedCommand(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();
}
