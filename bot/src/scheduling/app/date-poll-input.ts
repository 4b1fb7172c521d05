import { z } from 'zod';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';

/** What a chair may send to start a poll: the deadline for answers (a date, or a date and time). */
export const startPollSchema = z
  .object({
    closesAt: z
      .string()
      .trim()
      .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), {
        message: 'Give the deadline as a date, e.g. 2027-06-30.',
      })
      .optional(),
  })
  .strict();

/** A person's answers: for each month's date, whether it works, and why not (optional, never a pupil's name). */
export const pollAnswersSchema = z
  .object({
    answers: z
      .array(
        z
          .object({
            month: z.string().regex(/^\d{4}-\d{2}$/, 'Use YYYY-MM.'),
            works: z.boolean({ error: 'Say whether the date works: true or false.' }),
            reason: z.string().trim().max(300, 'Keep the reason to 300 characters.').nullable().optional(),
          })
          .strict()
          .superRefine((a, ctx) => {
            const problem = a.reason ? pupilNameProblem(a.reason) : undefined;
            if (problem) ctx.addIssue({ code: 'custom', path: ['reason'], message: problem });
          }),
      )
      .min(1, 'Answer at least one date.')
      .max(12, 'At most one answer a month.'),
  })
  .strict();
