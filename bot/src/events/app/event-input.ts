import { z } from 'zod';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';
import { EVENT_AUDIENCES, type EventAudience } from '../domain/kent-event';

const instant = (what: string) =>
  z
    .string({ error: `Give the ${what} as a date and time, e.g. 2027-06-04T13:00:00+01:00.` })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `Give the ${what} as a date and time, e.g. 2027-06-04T13:00:00+01:00.`,
    })
    .transform((value) => Date.parse(value));

const noPupilName = (what: string) => (value: string | null | undefined) =>
  !value || pupilNameProblem(value) === undefined || `${what} must not name a pupil.`;

/** What an officer sends to create an event. */
export const eventInputSchema = z
  .object({
    title: z
      .string({ error: 'Give the event a title.' })
      .trim()
      .min(3, 'Give the event a title of at least 3 characters.')
      .max(200, 'Keep the title to 200 characters.'),
    description: z.string().trim().max(2000, 'Keep the description to 2,000 characters.').nullable().optional(),
    areaIds: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
    audience: z.enum(Object.keys(EVENT_AUDIENCES) as [EventAudience, ...EventAudience[]], {
      error: `Choose who it is for: ${Object.keys(EVENT_AUDIENCES).join(', ')}.`,
    }),
    venue: z.string().trim().max(300, 'Keep the venue and address to 300 characters.').nullable().optional(),
    start: instant('start'),
    end: instant('end'),
    capacity: z
      .number({ error: 'Give the number of places as a whole number.' })
      .int('Give the number of places as a whole number.')
      .min(1, 'An event needs at least one place.')
      .max(5000, 'At most 5,000 places.'),
    bookingCloses: instant('booking deadline'),
    placesPerSchool: z.number().int().min(1).max(50).nullable().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const field of ['title', 'description', 'venue'] as const) {
      const problem = noPupilName(field === 'title' ? 'A title' : `The ${field}`)(input[field]);
      if (problem !== true) ctx.addIssue({ code: 'custom', path: [field], message: problem });
    }
    if (input.end <= input.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'The end must be after the start.' });
    if (input.bookingCloses > input.start) {
      ctx.addIssue({ code: 'custom', path: ['bookingCloses'], message: 'Booking must close by the start.' });
    }
  });
