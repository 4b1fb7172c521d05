import type { AppConfig } from '../../config';
import { DevTokens } from './dev-tokens';
import { EntraTokens } from './entra-tokens';
import type { TokenVerifier } from './token-verifier';

/** How the API checks the tab's tokens: Entra SSO when configured, dev tokens in local mode (and both if both). */
export function signInTokens(config: AppConfig): { verifier: TokenVerifier; dev?: DevTokens } {
  const dev = config.mode === 'local' ? new DevTokens(config.devTokenSecret) : undefined;
  const entra = config.sso ? new EntraTokens(config.sso) : undefined;
  if (entra && dev) return { verifier: { verify: (token) => entra.verify(token).catch(() => dev.verify(token)) }, dev };
  const verifier = entra ?? dev;
  if (!verifier) throw new Error('No way to verify tab sign-in tokens: set AAD_APP_CLIENT_ID.');
  return { verifier, dev };
}
