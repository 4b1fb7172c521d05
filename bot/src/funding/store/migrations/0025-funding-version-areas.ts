import { watchMoreTables } from '../../../platform/db/version-counter-migration';

/**
 * The county's budget page also names each community's district and area, so a write to `districts` or `areas` bumps
 * `funding_version` too (migration 0023), and a kept county page is never served after one.
 */
export const { up } = watchMoreTables('bump_funding_version', ['districts', 'areas']);
