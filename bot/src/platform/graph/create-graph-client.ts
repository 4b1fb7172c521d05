import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { AppOnlyToken } from './app-only-token';
import { BearerTokenMiddleware } from './bearer-token-middleware';

/** The Graph SDK's client, named for the parts that pass it around without touching the SDK. */
export type GraphClient = Client;

/** A Graph client: bearer token, the SDK's retry of whole requests (429/503/504 with Retry-After), then HTTP. */
export function createGraphClient(token: AppOnlyToken, baseUrl = 'https://graph.microsoft.com'): Client {
  const auth = new BearerTokenMiddleware(token);
  const retry = new RetryHandler(new RetryHandlerOptions(1, 3));
  const http = new HTTPMessageHandler();
  auth.setNext(retry);
  retry.setNext(http);
  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl: `${baseUrl.replace(/\/+$/, '')}/`,
    defaultVersion: 'v1.0',
  });
}
