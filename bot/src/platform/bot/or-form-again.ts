import { UserFacingError } from '../errors/user-facing-error';

/**
 * Runs a form's submission; when the input is refused as invalid, answers with the form again showing the problem
 * (in one sentence, and field by field for forms that show each problem by its input).
 */
export async function orFormAgain<T>(
  submit: () => Promise<T>,
  formAgain: (problem: string, byField: Record<string, string>) => T | Promise<T>,
): Promise<T> {
  try {
    return await submit();
  } catch (error) {
    if (error instanceof UserFacingError && error.code === 'invalid')
      return formAgain(error.message, error.details ?? {});
    throw error;
  }
}
