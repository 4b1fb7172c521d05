import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
];

/**
 * Security headers on every response: a CSP that runs only this origin's scripts and lets only Teams, Outlook and
 * Microsoft 365 frame the tab (so no X-Frame-Options, which would forbid them), nosniff, a strict referrer policy,
 * and HSTS where the service is served over HTTPS in production.
 */
export function securityHeaders(options: { strictTransportSecurity: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Fluent UI (Griffel) inserts its generated style rules at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': FRAME_ANCESTORS,
      },
    },
    frameguard: false,
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: options.strictTransportSecurity ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
