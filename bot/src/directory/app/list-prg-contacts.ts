import type { Person } from '../domain/person';
import type { PrgDirectoryPort, PrgPractitioner, PrgService } from './ports';

/** A practitioner as the contacts page lists them. */
export interface PrgContact extends PrgPractitioner {
  serviceName: string;
  /** True when they are a link practitioner for one of the viewer's communities. */
  linkedToMe: boolean;
}

/** The PRG directory for a person: their communities' link practitioners first, optionally filtered by a search. */
export async function listPrgContacts(
  directory: PrgDirectoryPort,
  person: Person,
  query = '',
): Promise<{ services: PrgService[]; contacts: PrgContact[] }> {
  const [services, practitioners] = await Promise.all([directory.services(), directory.practitioners()]);
  const mine = new Set(person.roles.map((r) => r.communityId).filter(Boolean));
  const byId = new Map(services.map((s) => [s.id, s]));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const contacts = practitioners
    .map((p) => ({
      ...p,
      serviceName: byId.get(p.serviceId)?.name ?? p.serviceId,
      linkedToMe: p.communities.some((c) => mine.has(c.id)),
    }))
    .filter((c) => {
      const service = byId.get(c.serviceId);
      const haystack = [
        c.name,
        c.jobTitle,
        c.serviceName,
        ...(service?.needs ?? []),
        ...c.communities.map((x) => x.name),
      ]
        .join(' ')
        .toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => Number(b.linkedToMe) - Number(a.linkedToMe) || a.name.localeCompare(b.name));
  const matchingServices = services.filter(
    (s) =>
      words.every((w) => [s.name, s.description, ...s.needs].join(' ').toLowerCase().includes(w)) ||
      contacts.some((c) => c.serviceId === s.id),
  );
  return { services: matchingServices, contacts };
}
