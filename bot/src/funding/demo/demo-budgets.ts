import type { DemoDirectory } from '../../directory';
import { SeededRandom } from '../../platform/demo/seeded-random';

/** A demo community budget for a year, in pence. */
export interface DemoBudget {
  communityId: string;
  academicYear: string;
  allocationPence: number;
  protections: { label: string; amountPence: number }[];
}

const PROTECTIONS_2025_26 = [
  { label: 'Transition protection: agreed E3 top-up claims paid to 31 August 2025', share: [0.06, 0.11] },
  { label: 'Transition protection: EHCP top-ups above £6,000 continuing to August 2026', share: [0.1, 0.17] },
] as const;
const SMALL_SCHOOLS_PROTECTION = 'Transition protection: notional top-up for small schools to 31 August 2026';

/**
 * Invented budgets for every demo community: 2025-26 (the transition year) with protections that reduce the pot,
 * and 2026-27 without protections. Allocations scale with the number of schools.
 */
export function buildDemoBudgets(directory: Pick<DemoDirectory, 'communities' | 'schools'>): DemoBudget[] {
  const random = new SeededRandom(20250903);
  return directory.communities.flatMap((community) => {
    const schools = directory.schools.filter((s) => s.communityId === community.id).length;
    const perSchool = random.integer(300, 450) * 100_00;
    const allocation = schools * perSchool;
    const share = (range: readonly [number, number]) =>
      Math.round(allocation * (range[0] + random.next() * (range[1] - range[0])));
    const protections: DemoBudget['protections'] = PROTECTIONS_2025_26.map((p) => ({
      label: p.label,
      amountPence: share(p.share),
    }));
    if (random.next() < 0.35) protections.push({ label: SMALL_SCHOOLS_PROTECTION, amountPence: share([0.01, 0.03]) });
    return [
      { communityId: community.id, academicYear: '2025-26', allocationPence: allocation, protections },
      {
        communityId: community.id,
        academicYear: '2026-27',
        allocationPence: Math.round((allocation * 1.02) / 100_00) * 100_00,
        protections: [],
      },
    ];
  });
}
