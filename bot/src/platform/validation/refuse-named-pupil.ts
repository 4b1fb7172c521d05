import type { z } from 'zod';
import { pupilNameProblem } from '../privacy/pupil-name-check';

/** A zod refinement for free text that reaches the store: refuses a text naming a pupil, saying which word. */
export function refuseNamedPupil(text: string | undefined, ctx: z.RefinementCtx): void {
  const problem = text === undefined ? undefined : pupilNameProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}
