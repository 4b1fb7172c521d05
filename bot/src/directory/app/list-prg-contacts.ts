import { MAX_SORT_TEXT, type Page, type PageQuery, pageOfList, pageStart } from '../../platform/validation/keyset-page';
import { contactSearch } from '../domain/contact-search';
import type { Person } from '../domain/person';
import type { PrgDirectoryPort, PrgPractitioner, PrgService } from './ports';

/** A practitioner as the contacts page lists them. */
interface PrgContact extends PrgPractitioner {
  serviceName: string;
  /** True when they are a link practitioner for one of the viewer's communities. */
  linkedToMe: boolean;
}

/** A page of PRG contacts, with every service that matches the search (there are few). */
export interface PrgContactsPage extends Page<PrgContact> {
  services: PrgService[];
}

/** The PRG directory for a person, a page at a time: their communities' link practitioners first, then by service and A–Z, optionally filtered by a search in the words schools use (SALT, EP, SEMH, autism…). */
export async function listPrgContacts(
  directory: PrgDirectoryPort,
  person: Person,
  query = '',
  page: PageQuery = {},
): Promise<PrgContactsPage> {
  const start = pageStart(page, 'text');
  const [services, practitioners] = await Promise.all([directory.services(), directory.practitioners()]);
  const mine = new Set(person.roles.map((r) => r.communityId).filter(Boolean));
  const byId = new Map(services.map((s) => [s.id, s]));
  const matches = contactSearch(query);
  const contacts = practitioners
    .map((p) => ({
      ...p,
      serviceName: byId.get(p.serviceId)?.name ?? p.serviceId,
      linkedToMe: p.communities.some((c) => mine.has(c.id)),
    }))
    .filter((c) => {
      const service = byId.get(c.serviceId);
      return matches(
        [c.name, c.jobTitle, c.serviceName, ...(service?.needs ?? []), ...c.communities.map((x) => x.name)].join(' '),
      );
    });
  const matchingServices = services.filter(
    (s) => matches([s.name, s.description, ...s.needs].join(' ')) || contacts.some((c) => c.serviceId === s.id),
  );
  const contactsPage = pageOfList(contacts, start, (c) => ({
    sort: `${c.linkedToMe ? 0 : 1} ${c.serviceName} ${c.name}`.slice(0, MAX_SORT_TEXT),
    id: c.personId,
  }));
  return { services: matchingServices, ...contactsPage };
}
