import { type AdaptiveCard, adaptiveCard, text } from '../../platform/cards/adaptive-card';

/** A published FAQ entry as it reads in a chat or an email. */
export interface FaqEntryView {
  question: string;
  answer: string;
  themeName: string;
  source: string;
  /** "published by Kim Officer, updated Tuesday 16 June 2026" (or just "updated …" for the starting FAQ). */
  updated: string;
  /** Set when the answer is past its "valid until": what to tell the reader. */
  outOfDate?: string;
}

/** A published answer, inserted into a Teams chat or an Outlook email: plain content, no buttons, readable anywhere. */
export function faqEntryCard(view: FaqEntryView): AdaptiveCard {
  return adaptiveCard([
    text(view.question, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    ...(view.outOfDate ? [text(view.outOfDate, { weight: 'Bolder', color: 'Attention', wrap: true })] : []),
    text(view.answer),
    text(`KCC Locality Model FAQ · ${view.themeName} · ${view.source} · ${view.updated}`, {
      size: 'Small',
      isSubtle: true,
      spacing: 'Medium',
    }),
  ]);
}
