import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../../platform/db/tables';
import type { RoleKind } from '../domain/person';

/** Areas of Kent (North, South, East, West). */
export interface AreasTable {
  id: string;
  name: string;
}

/** Districts, each in one area. */
export interface DistrictsTable {
  id: string;
  area_id: string;
  name: string;
}

/** Communities of Schools: the unit that meets, holds a budget and has a chair. */
export interface CommunitiesTable {
  id: string;
  name: string;
  district_id: string;
  organizer_mailbox: string | null;
  preferred_weekdays: ColumnType<number[], string | undefined, string>;
  preferred_start_time: Generated<string>;
  meeting_minutes: Generated<number>;
  time_zone: Generated<string>;
}

/** Mainstream schools, each in one community. */
export interface SchoolsTable {
  id: string;
  urn: string;
  name: string;
  phase: 'primary' | 'secondary' | 'all-through';
  community_id: string;
}

/** People known to the app, matched by Entra object id or email. */
export interface PeopleTable {
  id: string;
  tenant_id: string | null;
  aad_object_id: string | null;
  email: string;
  display_name: string;
  job_title: string | null;
  phone: string | null;
  created_at: Timestamp;
}

/** A role held by a person, scoped to a school or community where it applies. */
export interface RolesTable {
  id: Generated<number>;
  person_id: string;
  role: RoleKind;
  community_id: string | null;
  school_id: string | null;
  created_at: Timestamp;
}

/** Professional Resource Group services (STLS, educational psychology, therapies, outreach). */
export interface PrgServicesTable {
  id: string;
  name: string;
  description: string;
  needs: JSONColumnType<string[]>;
  email: string;
  phone: string;
}

/** A person who works for a PRG service; the communities they link to are practitioner roles. */
export interface PractitionersTable {
  person_id: string;
  service_id: string;
}

/** Who works at which school (a person may work at several, as in a federation). */
export interface SchoolStaffTable {
  person_id: string;
  school_id: string;
}

/** One row: a counter bumped (by triggers) in the same transaction as any change to the people a turn sees. */
export interface DirectoryVersionTable {
  id: Generated<boolean>;
  version: ColumnType<string | number, never, never>;
}

declare module '../../platform/db/schema' {
  /** The directory: areas, districts, communities, schools, people, roles and the PRG. */
  interface Database {
    areas: AreasTable;
    districts: DistrictsTable;
    communities: CommunitiesTable;
    schools: SchoolsTable;
    people: PeopleTable;
    roles: RolesTable;
    prg_services: PrgServicesTable;
    practitioners: PractitionersTable;
    school_staff: SchoolStaffTable;
    directory_version: DirectoryVersionTable;
  }
}
