import { z } from 'zod';
import { refuseNamedPupil } from '../../platform/validation/refuse-named-pupil';
import { DECISION_OUTCOMES } from '../domain/funding-request';
import { MAX_PENCE } from '../domain/pence';

const pence = (message: string) =>
  z.number({ error: message }).int(message).min(0, message).max(MAX_PENCE, 'That is more than £100 million.');
const optionalText = (max: number, message: string) => z.string({ error: message }).trim().max(max, message).optional();

/** What a chair records about a request. */
export const decisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES, { error: 'Choose approved, declined, deferred or signposted.' }),
  amountPence: z
    .number({ error: 'Give the approved amount in whole pence.' })
    .int('Give the approved amount in whole pence.')
    .min(1, 'Approve at least 1p.')
    .max(MAX_PENCE, 'That is more than £100 million.')
    .optional(),
  reason: optionalText(2000, 'Give the reason as text of at most 2,000 characters.').superRefine(refuseNamedPupil),
  deferredToMeetingId: z.string({ error: 'Name the later meeting by its id.' }).trim().min(1).optional(),
  prgServiceId: z.string({ error: 'Name the PRG service by its id.' }).trim().min(1).optional(),
});

/** Why an approval is taken back. */
export const revocationSchema = z.object({
  reason: z
    .string({ error: 'Say why the approval is revoked; the school is told.' })
    .trim()
    .min(3, 'Say why the approval is revoked; the school is told.')
    .max(2000, 'Keep the reason to 2,000 characters.')
    .superRefine(refuseNamedPupil),
});

/** A community's budget for a year: the allocation and its named protections, in pence. */
export const budgetSchema = z.object({
  allocationPence: pence('Give the allocation in whole pence (0 or more).'),
  protections: z
    .array(
      z.object({
        label: z
          .string({ error: 'Name the protection.' })
          .trim()
          .min(1, 'Name the protection.')
          .max(200, 'Keep the name to 200 characters.'),
        amountPence: pence('Give the protection in whole pence.').min(1, 'A protection is at least 1p.'),
      }),
      { error: 'List the protections (it may be empty).' },
    )
    .max(20, 'At most 20 protections.')
    .default([]),
});

/** A registration as a school's representative, with the delegated-authority confirmation. */
export const registrationSchema = z.object({
  confirmDelegatedAuthority: z.literal(true, {
    error: 'Confirm that you have delegated responsibility to request funds for this school.',
  }),
  headteacherName: z
    .string({ error: "Give the headteacher's name (who delegated the authority)." })
    .trim()
    .min(2, "Give the headteacher's name (who delegated the authority).")
    .max(120, 'Keep the name to 120 characters.'),
  replaceExisting: z.boolean({ error: 'Say true to replace the current representative.' }).optional(),
  personId: z.string({ error: 'Name the person by their id.' }).trim().min(1).optional(),
});

/** A registration as validated. */
export type RegistrationInput = z.infer<typeof registrationSchema>;
/** A budget as validated. */
export type BudgetInput = z.infer<typeof budgetSchema>;
