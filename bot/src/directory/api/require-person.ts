import type { RequestHandler } from 'express';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { TokenVerifier } from '../../platform/http/auth/token-verifier';
import { identifyPerson } from '../app/identify-person';
import type { DirectoryPort } from '../app/ports';
import type { Person } from '../domain/person';

/** Express middleware: a valid bearer token for a known person, who is then in `res.locals.person`. */
export function requirePerson(verifier: TokenVerifier, directory: DirectoryPort): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1]) throw new UserFacingError('unauthenticated', 'Sign in first: this needs a bearer token.');
    const caller = await verifier.verify(match[1]);
    const person = await identifyPerson(directory, caller);
    if (!person) {
      throw new UserFacingError(
        'forbidden',
        'You are signed in, but not registered with Communities of Schools. Email localitymodel@kent.gov.uk for access.',
      );
    }
    res.locals.person = person;
    next();
  };
}

/** The person that `requirePerson` put on the response. */
export function signedInPerson(locals: Record<string, unknown>): Person {
  return locals.person as Person;
}
