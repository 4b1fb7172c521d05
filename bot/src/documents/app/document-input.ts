import { z } from 'zod';
import { pupilNameProblem } from '../../platform/privacy/pupil-name-check';
import { DOCUMENT_KINDS, type DocumentAudience, type DocumentKind } from '../domain/community-document';

/** A web address people can open safely: https only (no javascript:, data: or plain http), at most 2,000 characters. */
const safeUrl = z
  .string({ error: 'Give the link as text, e.g. https://www.kelsi.org.uk/…' })
  .trim()
  .max(2000, 'Keep the link to 2,000 characters.')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Give a full https:// web address, e.g. https://www.kelsi.org.uk/….');

/** What an officer sends for a document: its title, link, kind and audience. */
export const documentInputSchema = z
  .object({
    title: z
      .string({ error: 'Give the document a title.' })
      .trim()
      .min(3, 'Give the document a title of at least 3 characters.')
      .max(200, 'Keep the title to 200 characters.')
      .refine((title) => pupilNameProblem(title) === undefined, 'A title must not name a pupil.'),
    url: safeUrl,
    kind: z.enum(Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]], {
      error: `Choose the kind: ${Object.values(DOCUMENT_KINDS).join(', ')}.`,
    }),
    audience: z.enum(['all', 'chairs', 'community'], { error: 'Choose who it is for: all, chairs or community.' }),
    communityId: z.string().trim().max(100).optional().nullable(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.audience === 'community' && !input.communityId) {
      ctx.addIssue({ code: 'custom', path: ['communityId'], message: 'Choose the community it is for.' });
    }
  });

/** A checked document, ready to store. */
export interface DocumentInput {
  title: string;
  url: string;
  kind: DocumentKind;
  audience: DocumentAudience;
}

/** The audience as stored: a community only when the document is for one. */
export function audienceOf(input: z.infer<typeof documentInputSchema>): DocumentAudience {
  if (input.audience === 'community') return { kind: 'community', communityId: input.communityId as string };
  return { kind: input.audience };
}
