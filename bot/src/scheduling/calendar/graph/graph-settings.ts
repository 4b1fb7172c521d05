/** How to reach Microsoft Graph app-only (client credentials, Calendars.ReadWrite). */
export interface GraphSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Graph's root, "https://graph.microsoft.com/v1.0/" unless a test points it elsewhere. */
  baseUrl?: string;
  /** Entra's login host, "https://login.microsoftonline.com" unless a test points it elsewhere. */
  authorityHost?: string;
  /** Abort a Graph call after this many ms (default 30 s); the batch is then retried. */
  requestTimeoutMs?: number;
}
