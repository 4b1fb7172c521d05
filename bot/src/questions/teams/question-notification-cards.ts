import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import type { AskerNoticePayload, ChannelPostPayload } from '../app/question-notifications';
import { QUESTION_ANSWERED, QUESTION_CLOSED, QUESTION_IN_CHANNEL } from '../app/question-notifications';
import { questionAnswerCard } from './question-answer-card';
import { questionChannelCard } from './question-channel-card';
import { answerView, questionCardView } from './question-views';

/** The cards the outbox delivers for questions: the card in the channel, and the answer (or closing) in the asker's chat. */
export function questionNotificationCards(): Record<string, (payload: Record<string, unknown>) => AdaptiveCard> {
  const notice = (payload: Record<string, unknown>) =>
    questionAnswerCard(answerView(payload as unknown as AskerNoticePayload));
  return {
    [QUESTION_IN_CHANNEL]: (payload) => {
      const { question, refreshUserIds } = payload as unknown as ChannelPostPayload;
      return questionChannelCard(questionCardView(question), {
        viewer: 'everyone',
        duplicateChoices: [],
        refreshUserIds,
      });
    },
    [QUESTION_ANSWERED]: notice,
    [QUESTION_CLOSED]: notice,
  };
}
