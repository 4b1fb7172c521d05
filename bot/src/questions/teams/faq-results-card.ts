import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import type { FaqEntryView } from './faq-entry-card';

/** An entry in the results, with its id and theme for editing. */
export interface FaqResultView extends FaqEntryView {
  id: string;
  themeId: string;
  validUntil: string | null;
}

/** What the FAQ card shows: the search, its results, and (for officers) the forms to add, edit and retire. */
export interface FaqResultsView {
  query: string;
  results: FaqResultView[];
  canEdit: boolean;
  themes: { id: string; name: string }[];
  notice?: string;
}

/** Searches the published FAQ in the bot; officers add, edit and retire entries from it. */
export function faqResultsCard(view: FaqResultsView): AdaptiveCard {
  const body: CardElement[] = [
    text('KCC Locality Model FAQ', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    ...(view.notice ? [text(view.notice, { weight: 'Bolder', color: 'Good' })] : []),
    { type: 'Input.Text', id: 'query', label: 'Search the answers', value: view.query, maxLength: 500 },
    { type: 'ActionSet', actions: [executeAction('Search', 'faq')] },
    ...(view.query && view.results.length === 0
      ? [text('No published answer matches. You can ask KCC instead.', { isSubtle: true })]
      : []),
  ];
  for (const r of view.results) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${r.question}**`),
        ...(r.outOfDate ? [text(r.outOfDate, { weight: 'Bolder', color: 'Attention', spacing: 'Small' })] : []),
        text(r.answer, { spacing: 'Small' }),
        text(`${r.themeName} · ${r.source} · ${r.updated}`, { size: 'Small', isSubtle: true }),
        ...(view.canEdit ? [editActions(r, view.themes)] : []),
      ],
    });
  }
  const actions = view.canEdit
    ? [entryForm('Add an entry', 'new', undefined, view.themes, executeAction('Publish', 'faqSave'))]
    : [executeAction('Ask KCC a question', 'ask')];
  return adaptiveCard(body, actions);
}

function editActions(r: FaqResultView, themes: FaqResultsView['themes']): CardElement {
  return {
    type: 'ActionSet',
    actions: [
      entryForm('Edit', r.id, r, themes, executeAction('Save', 'faqSave', { faqId: r.id })),
      executeAction('Retire', 'faqRetire', { faqId: r.id }),
    ],
  };
}

function entryForm(
  title: string,
  key: string,
  entry: FaqResultView | undefined,
  themes: FaqResultsView['themes'],
  button: CardElement,
): CardElement {
  return {
    type: 'Action.ShowCard',
    title,
    card: {
      type: 'AdaptiveCard',
      body: [
        {
          type: 'Input.Text',
          id: `question_${key}`,
          label: 'Question',
          isRequired: true,
          maxLength: 2000,
          errorMessage: 'Write the question.',
          value: entry?.question ?? '',
        },
        {
          type: 'Input.Text',
          id: `answer_${key}`,
          label: 'Answer',
          isMultiline: true,
          isRequired: true,
          maxLength: 4000,
          errorMessage: 'Write the answer.',
          value: entry?.answer ?? '',
        },
        {
          type: 'Input.ChoiceSet',
          id: `theme_${key}`,
          label: 'Theme',
          style: 'compact',
          isRequired: true,
          errorMessage: 'Choose a theme.',
          value: entry?.themeId ?? themes[0]?.id ?? '',
          choices: themes.map((t) => ({ title: t.name, value: t.id })),
        },
        {
          type: 'Input.Date',
          id: `validUntil_${key}`,
          label: 'Valid until (leave empty if the answer does not expire)',
          value: entry?.validUntil ?? '',
        },
      ],
      actions: [button],
    },
  };
}
