import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDemoDirectory, DEMO_TENANT_ID } from './demo-directory';

describe('the Agents Playground config', () => {
  const yml = readFileSync(path.resolve(__dirname, '../../../../.m365agentsplayground.yml'), 'utf8');
  const users = [
    ...yml.matchAll(/id: 29:([\w-]+)\n\s+name: (.+)\n(?:.*\n)*?\s+aadObjectId: (\S+)\n(?:.*\n)*?\s+email: (\S+)/g),
  ].map((m) => ({ key: m[1], name: m[2], aadObjectId: m[3], email: m[4] }));
  const people = buildDemoDirectory().people;

  it('lists six seeded people, each with their real name, object id and email', () => {
    expect(users).toHaveLength(6);
    for (const user of users) {
      expect(people.find((p) => p.aadObjectId === user.aadObjectId)).toMatchObject({
        displayName: user.name,
        email: user.email,
      });
    }
  });

  it('lets a newcomer try each role: representative, chair, officer, adviser and practitioner', () => {
    const roleOf = (key: string) => {
      const user = users.find((u) => u.key === key);
      return people.find((p) => p.aadObjectId === user?.aadObjectId)?.roles[0]?.role;
    };
    expect(roleOf('representative')).toBe('representative');
    expect(roleOf('chair')).toBe('chair');
    expect(roleOf('officer')).toBe('officer');
    expect(roleOf('adviser')).toBe('senInclusionAdviser');
    expect(roleOf('practitioner')).toBe('practitioner');
  });

  it('uses the demo tenant', () => {
    expect(yml).toContain(`tenantId: ${DEMO_TENANT_ID}`);
  });
});
