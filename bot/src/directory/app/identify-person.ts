import type { Caller } from '../../platform/identity/caller';
import type { Person } from '../domain/person';
import type { DirectoryPort } from './ports';

export type { Caller };

/** Finds the person behind a caller: by Entra object id first, then by email. */
export async function identifyPerson(directory: DirectoryPort, caller: Caller): Promise<Person | undefined> {
  if (caller.aadObjectId) {
    const person = await directory.findByAadObjectId(caller.aadObjectId);
    if (person) return person;
  }
  const email = caller.email ?? (await caller.lookupEmail?.());
  return email ? directory.findByEmail(email) : undefined;
}
