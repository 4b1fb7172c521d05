import { buildDemoDirectory, type DemoPerson } from '../../bot/src/directory/demo/demo-directory';
import { demoPersonWith } from './demo-people';

const directory = buildDemoDirectory();

/** The area a demo community is in (through its district). */
function areaOf(communityId: string): string {
  const districtId = directory.communities.find((c) => c.id === communityId)?.districtId;
  return directory.districts.find((d) => d.id === districtId)?.areaId as string;
}

const representative = demoPersonWith('representative');
const repArea = areaOf(representative.roles[0]?.communityId as string);

/** The people the events API tests act as: the officer, a representative and their area, and a chair in that area. */
export const eventsCast = {
  directory,
  areaOf,
  officer: demoPersonWith('officer'),
  representative,
  repArea,
  chair: directory.people.find((p) =>
    p.roles.some((r) => r.role === 'chair' && r.communityId && areaOf(r.communityId) === repArea),
  ) as DemoPerson,
};
