import { CardFactory, type TurnContext } from 'botbuilder';
import { type Person, personOfTurn, unknownPersonCard } from '../../directory';
import { problemCardFor } from '../../platform/bot/problem-card-for';
import { normalisedCommand } from '../../platform/bot/text-command';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { problemCard } from '../../platform/cards/problem-card';
import type { TextCommand } from '../../platform/feature';
import { budgetCardFor } from './community-budget';
import { fundingFormCard, myRequestsCard } from './funding-cards';
import type { FundingTeamsDeps } from './funding-teams-deps';
import { nextMeetingsCardFor } from './next-meetings';

/** The funding commands people type ("request funding", "my requests", "budget", "next meeting", "my communities"), in the personal chat only. */
export function fundingTextCommands(deps: FundingTeamsDeps): TextCommand[] {
  return [
    personalCommand('request funding', ['request funding', 'request funds', 'new request'], deps, (person) =>
      fundingFormCard(person, deps),
    ),
    personalCommand('my requests', ['my requests', 'my request', 'requests'], deps, (person) =>
      myRequestsCard(person, deps),
    ),
    personalCommand('community budget', ['community budget', 'budget', 'our budget'], deps, (person) =>
      budgetCardFor(person, {}, deps),
    ),
    personalCommand(
      'next meeting',
      ['next meeting', 'next meetings', 'meetings', 'when is the next meeting'],
      deps,
      (person) => nextMeetingsCardFor(person, deps, 'Next meeting'),
    ),
    personalCommand('my communities', ['my communities', 'communities'], deps, (person) =>
      nextMeetingsCardFor(person, deps, 'My communities'),
    ),
  ];
}

function personalCommand(
  name: string,
  phrases: string[],
  deps: FundingTeamsDeps,
  build: (person: Person) => Promise<AdaptiveCard>,
): TextCommand {
  return {
    name,
    matches: (text) => phrases.includes(normalisedCommand(text)),
    run: async (context: TurnContext) => {
      const card = await cardFor(context, deps, build);
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    },
  };
}

async function cardFor(
  context: TurnContext,
  deps: FundingTeamsDeps,
  build: (person: Person) => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  if ((context.activity.conversation?.conversationType ?? 'personal') !== 'personal') {
    return problemCard(
      'Funding requests are about pupils, so they stay in your personal chat with the bot: open the app from the Teams side bar and ask there.',
      [],
    );
  }
  const person = await personOfTurn(context, deps);
  if (!person) return unknownPersonCard(context.activity.from?.name);
  try {
    return await build(person);
  } catch (error) {
    return problemCardFor(error);
  }
}
