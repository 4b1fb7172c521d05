import { type Kysely, sql } from 'kysely';

/** Submissions audited before the narrative left the audit: keep each field's length, drop its words. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update audit_log
    set after = (after - 'currentProvision' - 'whatIsWorking' - 'hopedForOutcomes' - 'nextSteps')
      || jsonb_build_object('narrativeCharacters', jsonb_build_object(
        'currentProvision', length(after->>'currentProvision'),
        'whatIsWorking', length(after->>'whatIsWorking'),
        'hopedForOutcomes', length(after->>'hopedForOutcomes'),
        'nextSteps', length(after->>'nextSteps')))
    where action = 'funding-request.submitted' and after ? 'currentProvision'
  `.execute(db);
}
