import type { Person } from '../domain/person';

/** Who is who: the people the app knows and their roles. */
export interface DirectoryPort {
  /** The person with this Entra object id, if any. */
  findByAadObjectId(aadObjectId: string): Promise<Person | undefined>;
  /** The person with this email address (any case), if any. */
  findByEmail(email: string): Promise<Person | undefined>;
  /** The person with this id, if any. */
  findById(id: string): Promise<Person | undefined>;
  /** Everyone, ordered by name. */
  listPeople(): Promise<Person[]>;
}
