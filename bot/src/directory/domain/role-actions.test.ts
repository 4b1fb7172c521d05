import { describeRole, type Person, type RoleAssignment } from './person';
import { actionsFor } from './role-actions';

const person = (...roles: RoleAssignment[]): Person => ({
  id: 'p',
  email: 'p@x.example',
  displayName: 'P',
  aadObjectId: null,
  jobTitle: null,
  roles,
});

describe('actions by role', () => {
  it('offers a representative funding requests and questions', () => {
    expect(actionsFor(person({ role: 'representative', schoolId: 's' })).map((a) => a.verb)).toEqual([
      'requestFunding',
      'myRequests',
      'nextMeeting',
      'budget',
      'ask',
    ]);
  });

  it('lists an action once for a chair of two communities who is also a representative', () => {
    const verbs = actionsFor(
      person(
        { role: 'chair', communityId: 'a' },
        { role: 'chair', communityId: 'b' },
        { role: 'representative', schoolId: 's' },
      ),
    ).map((a) => a.verb);
    expect(verbs).toEqual(['planMeetings', 'nextMeeting', 'agenda', 'budget', 'requestFunding', 'myRequests', 'ask']);
  });

  it('offers link practitioners and SEN Inclusion Advisers their communities', () => {
    expect(actionsFor(person({ role: 'practitioner', communityId: 'a' })).map((a) => a.title)).toEqual([
      'My communities',
    ]);
    expect(actionsFor(person({ role: 'senInclusionAdviser', communityId: 'a' })).map((a) => a.verb)).toEqual([
      'myCommunities',
    ]);
  });

  it('offers nothing to someone without a role', () => {
    expect(actionsFor(person())).toEqual([]);
  });

  it('describes a role with the place it applies to', () => {
    expect(describeRole({ role: 'chair', communityId: 'c', communityName: 'Dover East Community of Schools' })).toBe(
      'Community chair, Dover East Community of Schools',
    );
    expect(describeRole({ role: 'officer' })).toBe('KCC officer');
  });
});
