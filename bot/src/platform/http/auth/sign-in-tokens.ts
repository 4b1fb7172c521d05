import type { AppConfig } from '../../config';
import { UserFacingError } from '../../errors/user-facing-error';
import { DevTokens } from './dev-tokens';
import { EntraTokens } from './entra-tokens';
import { rememberVerifiedTokens } from './remembered-tokens';
import type { TokenVerifier } from './token-verifier';

/**
 * How the API checks the tab's tokens: Entra SSO when configured; dev tokens in local mode only (no identity set).
 * A token once verified is remembered until it expires (at most 5 minutes), so a tab's next calls skip the signature;
 * by the real clock, as jose checks expiry by it (a test's service clock may be elsewhere in time).
 */
export function signInTokens(config: AppConfig): { verifier: TokenVerifier; dev?: DevTokens } {
  if (config.sso) return { verifier: rememberVerifiedTokens(new EntraTokens(config.sso)) };
  if (config.mode !== 'local') {
    // A bot identity without an Entra app (a dev tunnel half set up): the bot runs, the tab cannot sign anyone in.
    const refuse = () =>
      Promise.reject(new UserFacingError('unauthenticated', 'Sign-in is not set up here: set AAD_APP_CLIENT_ID.'));
    return { verifier: { verify: refuse } };
  }
  const dev = new DevTokens(config.devTokenSecret);
  return { verifier: rememberVerifiedTokens(dev), dev };
}
