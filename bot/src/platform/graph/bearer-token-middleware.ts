import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { AppOnlyToken } from './app-only-token';

/** Graph SDK middleware that adds the app-only bearer token to every call (including a test double's host). */
export class BearerTokenMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly token: AppOnlyToken) {}

  async execute(context: Context): Promise<void> {
    context.options ??= {};
    const options = context.options;
    const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('Authorization', `Bearer ${await this.token.get()}`);
    options.headers = Object.fromEntries(headers.entries());
    if (!this.next) throw new Error('BearerTokenMiddleware must not be last in the chain');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
