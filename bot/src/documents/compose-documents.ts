import type { Person } from '../directory';
import { tabPageUrl } from '../platform/cards/tab-page-url';
import type { Feature, FeatureMigrations } from '../platform/feature';
import { limitedRoute } from '../platform/limits/limited';
import type { LimitedAction } from '../platform/limits/rate-limits';
import type { PlatformParts } from '../platform/platform-parts';
import { documentRoutes } from './api/document-routes';
import { DOCUMENT_ANNOUNCED, documentsService } from './app/documents-service';
import { seedDemoDocuments } from './demo/demo-documents';
import { DocumentsRepository } from './store/documents-repository';
import * as documents from './store/migrations/0014-documents';
import { documentAnnouncedCard } from './teams/document-announced-card';

/** The tables of documents and who read them. */
export const documentsMigrations: FeatureMigrations = { '0014-documents': documents };

/** Community meetings' papers for one person, by community (for the meeting cards of other features). */
export type MeetingPapers = (
  person: Person,
  communityIds: string[],
) => Promise<Record<string, { title: string; url: string; isNew: boolean }[]>>;

/**
 * Loads the demo documents with the demo data, and wires documents to the API and their announcements to Teams;
 * `meetingPapers` gives each community meeting its papers.
 */
export async function composeDocuments(
  platform: PlatformParts,
): Promise<{ feature: Feature<Person>; meetingPapers: MeetingPapers }> {
  if (platform.config.seedDemoData) {
    const seeded = await seedDemoDocuments(platform.db);
    if (seeded > 0) platform.logger.info({ seeded }, 'demo documents loaded');
  }
  const service = documentsService(new DocumentsRepository(platform.db), platform.newId, platform.clock);
  const limit = (action: LimitedAction) => limitedRoute(platform.rateLimits, action);
  const documentsPageUrl = tabPageUrl(platform.config, 'documents');
  const feature: Feature<Person> = {
    name: 'documents',
    routes: [documentRoutes({ useCases: service, limit })],
    notificationCards: {
      [DOCUMENT_ANNOUNCED]: (p) =>
        documentAnnouncedCard({
          title: String(p.title ?? 'A document from KCC'),
          url: String(p.url ?? documentsPageUrl),
          kindLabel: String(p.kindLabel ?? 'Document'),
          updated: p.updated === true,
          announcedBy: String(p.announcedBy ?? 'KCC'),
          documentsPageUrl,
        }),
    },
  };
  return { feature, meetingPapers: service.forMeetings };
}
