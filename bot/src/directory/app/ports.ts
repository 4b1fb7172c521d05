import type { Person } from '../domain/person';

/** A Professional Resource Group service. */
export interface PrgService {
  id: string;
  name: string;
  description: string;
  needs: string[];
  email: string;
  phone: string;
}

/** A named practitioner of a PRG service and the communities they link to. */
export interface PrgPractitioner {
  personId: string;
  name: string;
  jobTitle: string | null;
  email: string;
  phone: string | null;
  serviceId: string;
  communities: { id: string; name: string }[];
}

/** A community as lists show it. */
export interface CommunitySummary {
  id: string;
  name: string;
  districtName: string;
  areaId: string;
  areaName: string;
}

/** Read access to the PRG directory and the list of communities. */
export interface PrgDirectoryPort {
  services(): Promise<PrgService[]>;
  practitioners(): Promise<PrgPractitioner[]>;
  communities(): Promise<CommunitySummary[]>;
}

/** Who is who: the people the app knows and their roles. */
export interface DirectoryPort {
  /** The person with this Entra object id, if any; in this tenant when one is given and one is on file. */
  findByEntraId(tenantId: string | undefined, aadObjectId: string): Promise<Person | undefined>;
  /** Binds an Entra identity to a person who has none yet (their first sign-in), audited; false if they have one. */
  bindEntraId(personId: string, tenantId: string | undefined, aadObjectId: string): Promise<boolean>;
  /** The person with this email address (any case), if any. */
  findByEmail(email: string): Promise<Person | undefined>;
  /** The person with this id, if any. */
  findById(id: string): Promise<Person | undefined>;
  /** Everyone, ordered by name. */
  listPeople(): Promise<Person[]>;
  /** The chairs of a community (usually one). */
  chairsOf(communityId: string): Promise<Person[]>;
  /** True when the directory lists this person among the school's staff. */
  isStaffOf(personId: string, schoolId: string): Promise<boolean>;
}
