import type { Caller } from '../../platform/identity/caller';
import type { Person } from '../domain/person';
import type { DirectoryPort } from './ports';

export type { Caller };

/**
 * Finds the person behind a caller by their Entra identity (tenant and object id). An email is a mutable claim
 * (a renamed account or a guest can carry someone else's), so it identifies only a person who has never signed in:
 * their first sign-in binds the identity to them (audited), and from then on only that identity is them.
 */
export async function identifyPerson(directory: DirectoryPort, caller: Caller): Promise<Person | undefined> {
  if (caller.aadObjectId) {
    const person = await directory.findByEntraId(caller.tenantId, caller.aadObjectId);
    if (person) return person;
  }
  const email = caller.email ?? (await caller.lookupEmail?.());
  if (!email) return undefined;
  const person = await directory.findByEmail(email);
  if (!person || person.aadObjectId) return undefined;
  if (!caller.aadObjectId) return person;
  const bound = await directory.bindEntraId(person.id, caller.tenantId, caller.aadObjectId);
  return bound ? { ...person, aadObjectId: caller.aadObjectId } : undefined;
}
