import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import type {
  BudgetBreakdown,
  BudgetChange,
  BudgetsStore,
  BudgetView,
  CommunityBudgetFigures,
  StoredBudget,
} from '../app/ports';
import { budgetChangeProblem } from '../domain/budget-ledger';
import { isUndecided } from '../domain/request-lifecycle';
import { communitySchools } from './community-schools';
import { budgetFigures } from './ledger-figures';

/** Community budgets and their protections; changes lock the budget row and are audited in their transaction. */
export class BudgetsRepository implements BudgetsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async budget(communityId: string, academicYear: string): Promise<StoredBudget | undefined> {
    const figures = await budgetFigures(this.db, communityId, academicYear, false);
    return figures && { communityId, academicYear, ...figures };
  }

  async countyFigures(academicYear: string): Promise<CommunityBudgetFigures[]> {
    const rows = await this.db
      .selectFrom('communities as c')
      .innerJoin('districts as d', 'd.id', 'c.district_id')
      .innerJoin('areas as a', 'a.id', 'd.area_id')
      .leftJoin('budgets as b', (join) =>
        join.onRef('b.community_id', '=', 'c.id').on('b.academic_year_id', '=', academicYear),
      )
      .select((eb) => [
        'c.id',
        'c.name',
        'a.name as area_name',
        'd.name as district_name',
        'b.allocation_pence',
        eb
          .selectFrom('budget_protections as p')
          .select((sub) => sub.fn.sum<string | number>('p.amount_pence').as('total'))
          .whereRef('p.budget_id', '=', 'b.id')
          .as('protected_pence'),
        eb
          .selectFrom('ledger_entries as l')
          .select((sub) => sub.fn.sum<string | number>('l.amount_pence').as('total'))
          .whereRef('l.budget_id', '=', 'b.id')
          .as('committed_pence'),
      ])
      .orderBy('c.name')
      .orderBy('c.id')
      .execute();
    return rows.map((r) => ({
      communityId: r.id,
      communityName: r.name,
      areaName: r.area_name,
      districtName: r.district_name,
      allocationPence: r.allocation_pence === null ? null : Number(r.allocation_pence),
      protectedPence: r.allocation_pence === null ? null : Number(r.protected_pence ?? 0),
      committedPence: Number(r.committed_pence ?? 0),
    }));
  }

  async breakdown(communityId: string, academicYear: string): Promise<BudgetBreakdown> {
    const approved = this.db
      .selectFrom('ledger_entries')
      .innerJoin('budgets', 'budgets.id', 'ledger_entries.budget_id')
      .select([
        'ledger_entries.request_id',
        (eb) => eb.fn.sum<string | number>('ledger_entries.amount_pence').as('net'),
      ])
      .where('budgets.community_id', '=', communityId)
      .where('budgets.academic_year_id', '=', academicYear)
      .groupBy('ledger_entries.request_id')
      .as('approved');
    const requests = await this.db
      .selectFrom('funding_requests as r')
      .leftJoin(approved, 'approved.request_id', 'r.id')
      .leftJoin('funding_decisions as d', (join) =>
        join.onRef('d.request_id', '=', 'r.id').on('d.outcome', 'in', ['approved', 'declined', 'signposted']),
      )
      .select([
        'r.school_id',
        'r.status',
        'approved.net',
        sql<string | null>`coalesce(d.meeting_id, r.agenda_meeting_id)`.as('meeting_id'),
      ])
      .where('r.community_id', '=', communityId)
      .where('r.academic_year_id', '=', academicYear)
      .where('r.status', '!=', 'withdrawn')
      .execute();
    const schools = await communitySchools(this.db, communityId);
    const meetingIds = [...new Set(requests.map((r) => r.meeting_id).filter((id): id is string => id !== null))];
    const meetings =
      meetingIds.length === 0
        ? []
        : await this.db
            .selectFrom('meetings')
            .select(['id', 'title', 'starts_at'])
            .where('id', 'in', meetingIds)
            .orderBy('starts_at')
            .execute();
    const tally = (rows: typeof requests) => ({
      requestCount: rows.length,
      approvedCount: rows.filter((r) => r.status === 'approved').length,
      waitingCount: rows.filter((r) => isUndecided(r.status)).length,
      approvedPence: rows.reduce((sum, r) => sum + Number(r.net ?? 0), 0),
    });
    const withoutMeeting = requests.filter((r) => r.meeting_id === null);
    const waiting = withoutMeeting.filter((r) => isUndecided(r.status));
    const decidedElsewhere = withoutMeeting.filter((r) => !isUndecided(r.status));
    const groups = [
      { title: 'Decided without a meeting recorded in the app', rows: decidedElsewhere },
      { title: 'Waiting for a meeting to be planned', rows: waiting },
    ].filter((g) => g.rows.length > 0);
    return {
      bySchool: schools.map((s) => {
        const { requestCount, approvedPence } = tally(requests.filter((r) => r.school_id === s.id));
        return { schoolId: s.id, name: s.name, approvedPence, requestCount };
      }),
      byMeeting: [
        ...meetings.map((m) => ({
          meetingId: m.id,
          title: m.title,
          startMs: m.starts_at.getTime(),
          ...tally(requests.filter((r) => r.meeting_id === m.id)),
        })),
        ...groups.map((g) => ({ meetingId: null, title: g.title, startMs: null, ...tally(g.rows) })),
      ],
    };
  }

  async budgetView(communityId: string, academicYear: string): Promise<BudgetView | undefined> {
    const community = await this.db
      .selectFrom('communities')
      .select('name')
      .where('id', '=', communityId)
      .executeTakeFirst();
    if (!community) return undefined;
    const budget = await this.budget(communityId, academicYear);
    if (!budget) return { communityName: community.name };
    return {
      communityName: community.name,
      budget: { ...budget, ...(await this.breakdown(communityId, academicYear)) },
    };
  }

  async setBudgets(
    changes: BudgetChange[],
    actorId: string,
    fieldOf: (index: number) => string,
  ): Promise<{ created: number; updated: number }> {
    return this.db.transaction().execute(async (tx) => {
      const problems: Record<string, string> = {};
      let created = 0;
      for (const [index, change] of changes.entries()) {
        const before = await budgetFigures(tx, change.communityId, change.academicYear, true);
        const problem = budgetChangeProblem({ ...change, committedPence: before?.committedPence ?? 0 });
        if (problem) {
          problems[fieldOf(index)] = `${change.communityId} ${change.academicYear}: ${problem}`;
          continue;
        }
        const id = before?.id ?? uuidV5(`budget:${change.communityId}:${change.academicYear}`);
        if (!before) created++;
        await tx
          .insertInto('budgets')
          .values({
            id,
            community_id: change.communityId,
            academic_year_id: change.academicYear,
            allocation_pence: change.allocationPence,
            updated_by: actorId,
          })
          .onConflict((oc) =>
            oc
              .column('id')
              .doUpdateSet({ allocation_pence: change.allocationPence, updated_by: actorId, updated_at: sql`now()` }),
          )
          .execute();
        await tx.deleteFrom('budget_protections').where('budget_id', '=', id).execute();
        if (change.protections.length > 0) {
          await tx
            .insertInto('budget_protections')
            .values(
              change.protections.map((p, position) => ({
                budget_id: id,
                position,
                label: p.label,
                amount_pence: p.amountPence,
              })),
            )
            .execute();
        }
        await writeAudit(tx, {
          actorPersonId: actorId,
          action: before ? 'budget.updated' : 'budget.created',
          entityType: 'budget',
          entityId: id,
          before: before && { allocationPence: before.allocationPence, protections: before.protections },
          after: {
            communityId: change.communityId,
            academicYear: change.academicYear,
            allocationPence: change.allocationPence,
            protections: change.protections,
          },
        });
      }
      if (Object.keys(problems).length > 0) {
        throw new UserFacingError('conflict', `Nothing was changed: ${Object.values(problems).join(' ')}`, problems);
      }
      return { created, updated: changes.length - created };
    });
  }

  async existingCommunities(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.selectFrom('communities').select('id').where('id', 'in', ids).execute();
    return new Set(rows.map((r) => r.id));
  }

  async academicYears(): Promise<Set<string>> {
    return new Set((await this.db.selectFrom('academic_years').select('id').execute()).map((r) => r.id));
  }
}
