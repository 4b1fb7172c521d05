import { buildDemoDirectory, type DemoPerson } from '../../bot/src/directory/demo/demo-directory';
import type { RoleKind } from '../../bot/src/directory/domain/person';

const directory = buildDemoDirectory();

/** The first demo person holding a role (a chair of two communities when `several` is set). */
export function demoPersonWith(role: RoleKind, several = false): DemoPerson {
  const person = directory.people.find((p) => p.roles.filter((r) => r.role === role).length > (several ? 1 : 0));
  if (!person) throw new Error(`The demo directory has nobody with role ${role}`);
  return person;
}

/** A demo person holding a role, none of whose roles is in the given community. */
export function demoPersonOutside(role: RoleKind, communityId: string): DemoPerson {
  const person = directory.people.find(
    (p) => p.roles.some((r) => r.role === role) && p.roles.every((r) => r.communityId !== communityId),
  );
  if (!person) throw new Error(`The demo directory has nobody with role ${role} outside ${communityId}`);
  return person;
}
