import fc from 'fast-check';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { everyRequest, type FundingApi, fundingApiAs } from '../../../../test/support/funding-api-client';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { type FundingHarness, openFundingHarness } from '../../../../test/support/funding-harness';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { requestFromCardValues } from './card-request-input';

const { school, community } = fundingCast;
const FIELDS = Object.keys(requestBody(school.id));

/** Values that tend to break parsers: wrong types, names, edge numbers, odd dates and text. */
const awkward = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('Tom Smith', 'Amelia', 'Y4-017', '', ' ', '2026-02-30', '2026-13-01', 'R', '14', 'group'),
  fc.constantFrom(0, -1, 0.5, 1e21, Number.MAX_SAFE_INTEGER, 10_000_000_001, 2 ** 53 + 2),
  fc.string({ maxLength: 60 }),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
);

/** A request body: a valid one with some fields removed or replaced, or any JSON at all. */
const payloads = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .dictionary(fc.constantFrom(...FIELDS), fc.option(awkward, { nil: undefined }), { maxKeys: 5 })
      .map((changes) => {
        const body: Record<string, unknown> = requestBody(school.id);
        for (const [field, value] of Object.entries(changes)) {
          if (value === undefined) delete body[field];
          else body[field] = value;
        }
        return body as unknown;
      }),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

describe.each(databaseEngines())('request payloads that the API must survive (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let rep: FundingApi;
  let chair: FundingApi;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService({}, { database: database.target });
    rep = await fundingApiAs(service.baseUrl, fundingCast.representative.email);
    chair = await fundingApiAs(service.baseUrl, fundingCast.chair.email);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  const ownRequests = async () => (await everyRequest(rep, `schoolId=${school.id}`)).length;

  it('never answers a submission with a 5xx, and writes a row only when it accepts the request', async () => {
    await fc.assert(
      fc.asyncProperty(payloads, async (body) => {
        const before = await ownRequests();
        const answer = await rep.call('POST', '/api/funding-requests', body);
        expect(answer.status).toBeLessThan(500);
        expect(await ownRequests()).toBe(answer.status === 201 ? before + 1 : before);
        if (answer.status >= 400) expect(answer.headers.get('content-type')).toContain('application/problem+json');
      }),
      { numRuns: 150 },
    );
  });

  it('never answers a decision with a 5xx, and changes nothing when it refuses one', async () => {
    const decisions = fc.record(
      {
        outcome: fc.oneof(fc.constantFrom('approved', 'declined', 'deferred', 'signposted'), awkward),
        amountPence: awkward,
        reason: awkward,
        deferredToMeetingId: awkward,
        prgServiceId: fc.oneof(fc.constantFrom('stls', 'educational-psychology'), awkward),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(decisions, async (decision) => {
        const { body: created } = await rep.call('POST', '/api/funding-requests', requestBody(school.id));
        const budget = (await chair.call('GET', `/api/communities/${community.id}/budget?year=2025-26`)).body;
        const answer = await chair.call('POST', `/api/funding-requests/${created.id}/decision`, decision);
        expect(answer.status).toBeLessThan(500);
        if (answer.status !== 200) {
          expect((await chair.call('GET', `/api/funding-requests/${created.id}`)).body.status).toBe('submitted');
          expect((await chair.call('GET', `/api/communities/${community.id}/budget?year=2025-26`)).body).toEqual(
            budget,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe.each(databaseEngines())('card submissions straight into the use case (%s)', (engine) => {
  let h: FundingHarness;

  beforeAll(async () => {
    h = await openFundingHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses card data it cannot store with a user-facing error, writing nothing', async () => {
    const representative = await h.person(fundingCast.representative.email);
    const count = async () =>
      Number(
        (
          await h.db
            .selectFrom('funding_requests')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const cardValues = fc.dictionary(
      fc.constantFrom(...FIELDS, 'amount', 'verb', 'cardInstanceId'),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          'Tom Smith',
          'Y4-017',
          '12.50',
          '£1,250.5',
          '3',
          'group',
          'cognitionAndLearning,sensoryPhysical',
        ),
      ),
      { maxKeys: FIELDS.length },
    );
    await fc.assert(
      fc.asyncProperty(cardValues, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), async (values, key) => {
        const before = await count();
        try {
          const { created } = await h.funding.submitRequest(
            representative,
            requestFromCardValues({ ...requestBody(school.id), ...values }) as never,
            key,
          );
          expect(await count()).toBe(created ? before + 1 : before);
        } catch (error) {
          expect(error).toBeInstanceOf(UserFacingError);
          expect(await count()).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});
