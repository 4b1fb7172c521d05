import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { RequestEvent, RequestEventKind } from '../app/ports';

const KIND_OF_ACTION: Record<string, RequestEventKind> = {
  'funding-request.submitted': 'submitted',
  'funding-request.placed-on-agenda': 'placedOnAgenda',
  'funding-request.approved': 'approved',
  'funding-request.declined': 'declined',
  'funding-request.deferred': 'deferred',
  'funding-request.signposted': 'signposted',
  'funding-request.approval-revoked': 'revoked',
  'funding-request.withdrawn': 'withdrawn',
};

/** A request's story from the audit log, oldest first: who did what and when, with the meeting it concerned. */
export async function requestHistory(db: Kysely<Database>, requestId: string): Promise<RequestEvent[]> {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('people as p', 'p.id', 'a.actor_person_id')
    .select(['a.action', 'a.at', 'a.after', 'p.display_name'])
    .where('a.entity_type', '=', 'funding_request')
    .where('a.entity_id', '=', requestId)
    .orderBy('a.at')
    .execute();
  const meetingOf = (after: Record<string, unknown> | null) =>
    typeof after?.agenda_meeting_id === 'string' ? after.agenda_meeting_id : null;
  const meetingIds = [...new Set(rows.map((r) => meetingOf(r.after)).filter((id): id is string => id !== null))];
  const titles = new Map(
    meetingIds.length === 0
      ? []
      : (await db.selectFrom('meetings').select(['id', 'title']).where('id', 'in', meetingIds).execute()).map((m) => [
          m.id,
          m.title,
        ]),
  );
  return rows.flatMap((r) => {
    const kind = KIND_OF_ACTION[r.action];
    if (!kind) return [];
    const decision = (r.after?.decision ?? {}) as { amountPence?: unknown; reason?: unknown };
    const meetingId = meetingOf(r.after);
    return [
      {
        kind,
        atMs: new Date(r.at).getTime(),
        actorName: r.display_name,
        meetingTitle: meetingId ? (titles.get(meetingId) ?? null) : null,
        amountPence: typeof decision.amountPence === 'number' ? decision.amountPence : null,
        reason:
          typeof decision.reason === 'string'
            ? decision.reason
            : typeof r.after?.reason === 'string'
              ? r.after.reason
              : null,
      },
    ];
  });
}
