import type { RoleKind } from '../../bot/src/domain/person';
import { buildDemoDirectory, type DemoPerson } from '../../bot/src/store/demo/demo-directory';

const directory = buildDemoDirectory();

/** The first demo person holding a role (a chair of two communities when `several` is set). */
export function demoPersonWith(role: RoleKind, several = false): DemoPerson {
  const person = directory.people.find((p) => p.roles.filter((r) => r.role === role).length > (several ? 1 : 0));
  if (!person) throw new Error(`The demo directory has nobody with role ${role}`);
  return person;
}
