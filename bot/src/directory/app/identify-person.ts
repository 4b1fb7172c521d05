import type { Person } from '../domain/person';
import type { DirectoryPort } from './ports';

/** What an edge knows about who is speaking; `lookupEmail` is asked only when the object id does not match. */
export interface Caller {
  aadObjectId?: string;
  email?: string;
  lookupEmail?: () => Promise<string | undefined>;
}

/** Finds the person behind a caller: by Entra object id first, then by email. */
export async function identifyPerson(directory: DirectoryPort, caller: Caller): Promise<Person | undefined> {
  if (caller.aadObjectId) {
    const person = await directory.findByAadObjectId(caller.aadObjectId);
    if (person) return person;
  }
  const email = caller.email ?? (await caller.lookupEmail?.());
  return email ? directory.findByEmail(email) : undefined;
}
