import type { Person } from '../../directory';
import { canManageCommunity, isOfficer, requireCommunityManager } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkedInput } from '../../platform/validation/checked-input';
import { type RegistrationInput, registrationSchema } from './funding-action-schemas';
import { replacementNotifications } from './funding-notifications';
import type { FundingPorts, SchoolRepresentative } from './ports';

/** The outcome of a registration: who represents the school now, and who they replaced. */
export interface Registration {
  schoolId: string;
  schoolName: string;
  representative: { personId: string; displayName: string };
  replaced: { personId: string; displayName: string } | null;
}

/**
 * Registers a person as a school's one representative, with their confirmation of delegated authority to request
 * funds: the caller themselves when the directory lists them among the school's staff, or someone the community's
 * chair or an officer names. Replacing someone must be asked for; they and the community's chair are told.
 */
export async function registerRepresentative(
  ports: FundingPorts,
  person: Person,
  schoolId: string,
  raw: RegistrationInput,
): Promise<Registration> {
  const input = checkedInput(registrationSchema, raw, 'The registration');
  const school = await ports.requests.school(schoolId);
  const forSomeoneElse = input.personId !== undefined && input.personId !== person.id;
  if (forSomeoneElse) {
    if (!school ? !isOfficer(person) : !canManageCommunity(person, school.communityId)) {
      throw new UserFacingError(
        'forbidden',
        "Only a KCC officer or the community's chair can register someone else; anyone else registers themselves.",
      );
    }
  } else if (
    person.roles.some((r) => r.role === 'officer' || r.role === 'practitioner' || r.role === 'senInclusionAdviser')
  ) {
    throw new UserFacingError(
      'forbidden',
      "A school's representative is a member of its staff (usually the SENCo). KCC officers register them by giving their personId.",
    );
  }
  if (!school) throw new UserFacingError('not-found', 'There is no such school.');
  if (!forSomeoneElse && !(await ports.directory.isStaffOf(person.id, schoolId))) {
    throw new UserFacingError(
      'forbidden',
      `Only ${school.name}'s own staff can register themselves as its representative, and the directory does not list you there. The chair of ${school.communityName} or a KCC officer (localitymodel@kent.gov.uk) can register the school's representative.`,
    );
  }
  const registrant = forSomeoneElse ? await ports.directory.findById(input.personId as string) : person;
  if (!registrant) throw new UserFacingError('not-found', 'There is no such person in the directory.');

  const current = await ports.representatives.representativeOf(schoolId);
  const replacing = current && current.personId !== registrant.id ? current : undefined;
  if (replacing && input.replaceExisting !== true) {
    throw new UserFacingError(
      'conflict',
      `${replacing.displayName} is ${school.name}'s representative. A school has one representative at a time: registering replaces them, and they will be told. Confirm with "replaceExisting": true.`,
      { replaceExisting: `${replacing.displayName} is the current representative.` },
    );
  }
  const registrationId = ports.newId();
  await ports.representatives.register({
    registrationId,
    school,
    personId: registrant.id,
    headteacherName: input.headteacherName,
    registeredBy: person.id,
    atMs: ports.now(),
    replacing: current?.personId ?? null,
    notifications: replacing
      ? replacementNotifications(
          school,
          replacing,
          registrant.displayName,
          (await ports.directory.chairsOf(school.communityId)).map((chair) => chair.id),
          registrationId,
          ports.now(),
        )
      : [],
  });
  return {
    schoolId,
    schoolName: school.name,
    representative: { personId: registrant.id, displayName: registrant.displayName },
    replaced: replacing ? { personId: replacing.personId, displayName: replacing.displayName } : null,
  };
}

/** A community's schools and their representatives, so the chair and officers see which schools have none. */
export async function communityRepresentatives(
  ports: FundingPorts,
  person: Person,
  communityId: string,
): Promise<{ schoolId: string; schoolName: string; representative: SchoolRepresentative | null }[]> {
  requireCommunityManager(person, communityId);
  const community = await ports.requests.community(communityId);
  if (!community) throw new UserFacingError('not-found', 'There is no such community.');
  return ports.representatives.representativesOf(communityId);
}
