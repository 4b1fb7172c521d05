import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { migrateToLatest } from '../../platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../platform/db/open-database';
import { allMigrations } from '../../start-service';
import { up as dropNarrativeFromAudit } from './migrations/0012-audit-without-narrative';

describe.each(databaseEngines())('submissions audited before the narrative left the audit (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let db: OpenDatabase['db'];

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    db = (await openDatabase(database.target)).db;
    await migrateToLatest(db, allMigrations);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("keep every fact and each narrative field's length, and lose the words", async () => {
    const older = {
      id: 'r-1',
      pupilReference: 'Y4-017',
      amountPence: 250050,
      currentProvision: 'Daily language group.',
      whatIsWorking: 'Visual timetable.',
      hopedForOutcomes: 'Joins lessons.',
      nextSteps: 'Review in six weeks.',
    };
    await db
      .insertInto('audit_log')
      .values([
        {
          actor_person_id: null,
          action: 'funding-request.submitted',
          entity_type: 'funding_request',
          entity_id: 'r-1',
          before: null,
          after: JSON.stringify(older),
        },
        {
          actor_person_id: null,
          action: 'funding-request.withdrawn',
          entity_type: 'funding_request',
          entity_id: 'r-1',
          before: null,
          after: JSON.stringify({ status: 'withdrawn' }),
        },
      ])
      .execute();
    await dropNarrativeFromAudit(db as never);
    await dropNarrativeFromAudit(db as never); // a second run finds nothing left to change
    const rows = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', 'r-1')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.action, r.after])).toEqual([
      [
        'funding-request.submitted',
        {
          id: 'r-1',
          pupilReference: 'Y4-017',
          amountPence: 250050,
          narrativeCharacters: { currentProvision: 21, whatIsWorking: 17, hopedForOutcomes: 14, nextSteps: 20 },
        },
      ],
      ['funding-request.withdrawn', { status: 'withdrawn' }],
    ]);
  });
});
