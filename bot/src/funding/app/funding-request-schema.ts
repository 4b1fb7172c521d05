import { z } from 'zod';
import { isPlainDate, toEpochDay } from '../../platform/time/plain-date';
import { refuseNamedPupil } from '../../platform/validation/refuse-named-pupil';
import { AREAS_OF_NEED, type FundingRequestInput, REQUEST_TYPES, YEAR_GROUPS } from '../domain/funding-request';
import { MAX_PENCE } from '../domain/pence';
import { pupilReferenceProblem } from '../domain/pupil-reference';

const MAX_TEXT = 4000;
const MAX_PERIOD_DAYS = 2 * 366;

const describe = (what: string) =>
  z
    .string({ error: `Describe ${what}.` })
    .trim()
    .min(1, `Describe ${what}.`)
    .max(MAX_TEXT, 'Keep this to 4,000 characters.')
    .superRefine(refuseNamedPupil);
const plainDate = (what: string) =>
  z.string({ error: `Give the ${what} as YYYY-MM-DD.` }).refine(isPlainDate, `Give the ${what} as YYYY-MM-DD.`);

/** What a funding request must look like, with a specific message per field (shared by the API and the bot). */
export const fundingRequestSchema = z
  .object({
    schoolId: z.string({ error: 'Choose the school.' }).trim().min(1, 'Choose the school.'),
    pupilReference: z
      .string({ error: "Give the school's own pupil reference, e.g. Y4-017." })
      .trim()
      .optional()
      .transform((v) => (v === '' ? undefined : v))
      .superRefine((reference, ctx) => {
        const problem = reference === undefined ? undefined : pupilReferenceProblem(reference);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    yearGroup: z.enum(YEAR_GROUPS, {
      error: 'Choose the year group: R (Reception), 1 to 11, or 12 to 13 (sixth form).',
    }),
    requestType: z.enum(REQUEST_TYPES, { error: 'Choose individual (one pupil), group or wholeSchool.' }),
    groupSize: z
      .number({ error: 'Give the number of pupils in the group (2 to 500).' })
      .refine(Number.isInteger, 'Give the number of pupils in the group (2 to 500).')
      .min(2, 'A group has at least 2 pupils.')
      .max(500, 'A group has at most 500 pupils.')
      .optional(),
    areasOfNeed: z
      .array(z.enum(AREAS_OF_NEED, { error: `Choose from ${AREAS_OF_NEED.join(', ')}.` }), {
        error: 'Choose at least one broad area of need.',
      })
      .min(1, 'Choose at least one broad area of need.')
      .refine((areas) => new Set(areas).size === areas.length, 'Choose each area of need once.'),
    currentProvision: describe(
      'the provision already in place, including what the notional SEN budget funds (the first £6,000 per pupil)',
    ),
    whatIsWorking: describe('what is working'),
    hopedForOutcomes: describe('the outcomes you hope for'),
    nextSteps: describe('the next steps'),
    amountPence: z
      .number({ error: 'Give the amount in whole pence, e.g. 125050 for £1,250.50.' })
      .refine(Number.isSafeInteger, 'Give the amount in whole pence, e.g. 125050 for £1,250.50.')
      .min(1, 'Give an amount of at least 1p.')
      .max(MAX_PENCE, 'That is more than any community pot; check the amount.'),
    periodStart: plainDate('first day of the period'),
    periodEnd: plainDate('last day of the period'),
    prgServiceIds: z
      .array(z.string({ error: 'Give PRG services by id.' }).trim().min(1, 'Give PRG services by id.'), {
        error: 'Give the PRG services already involved as a list (it may be empty).',
      })
      .max(20, 'Name at most 20 PRG services.')
      .default([]),
  })
  .superRefine(
    (value, ctx) => {
      const v = value as Partial<Record<keyof FundingRequestInput, unknown>>;
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const reference = typeof v.pupilReference === 'string' ? v.pupilReference.trim() : undefined;
      if (!reference && (v.requestType === 'individual' || v.requestType === 'group')) {
        issue('pupilReference', pupilReferenceProblem('') as string);
      }
      if (v.requestType === 'group' && v.groupSize === undefined) {
        issue('groupSize', 'Give the number of pupils in the group (2 to 500).');
      }
      if ((v.requestType === 'individual' || v.requestType === 'wholeSchool') && v.groupSize !== undefined) {
        issue('groupSize', 'Only a group request has a group size.');
      }
      if (typeof v.periodStart === 'string' && typeof v.periodEnd === 'string') {
        if (isPlainDate(v.periodStart) && isPlainDate(v.periodEnd)) {
          const days = toEpochDay(v.periodEnd) - toEpochDay(v.periodStart);
          if (days < 0) issue('periodEnd', 'The period must end on or after its first day.');
          else if (days > MAX_PERIOD_DAYS) issue('periodEnd', 'A request covers at most two years.');
        }
      }
    },
    { when: () => true },
  );
