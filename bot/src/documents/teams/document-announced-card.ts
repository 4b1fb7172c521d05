import { type AdaptiveCard, adaptiveCard, text } from '../../platform/cards/adaptive-card';

/** What the announcement card shows. */
export interface DocumentAnnouncedView {
  title: string;
  url: string;
  kindLabel: string;
  updated: boolean;
  announcedBy: string;
  documentsPageUrl: string;
}

/** "New from KCC" (or "Updated"): a document for the person, with a link to it and to all their documents. */
export function documentAnnouncedCard(view: DocumentAnnouncedView): AdaptiveCard {
  return adaptiveCard(
    [
      text(view.updated ? 'Updated document' : 'New document', { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      text(`**${view.title}**`),
      text(`${view.kindLabel} · shared by ${view.announcedBy}, KCC`, {
        isSubtle: true,
        size: 'Small',
        spacing: 'None',
      }),
    ],
    [
      { type: 'Action.OpenUrl', title: 'Open it', url: view.url },
      { type: 'Action.OpenUrl', title: 'All my documents', url: view.documentsPageUrl },
    ],
  );
}
