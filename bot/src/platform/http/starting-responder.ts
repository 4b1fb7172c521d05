import type { RequestListener } from 'node:http';

/**
 * What the server answers while it starts (database opening, migrations running): alive on `/healthz`, not ready on
 * `/readyz`, and a 503 with Retry-After to everything else, so a load balancer waits and nobody gets a refused port.
 */
export function startingResponder(): RequestListener {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const alive = path === '/healthz';
    res.statusCode = alive ? 200 : 503;
    if (!alive) res.setHeader('Retry-After', '5');
    res.setHeader('Content-Type', alive || path === '/readyz' ? 'application/json' : 'application/problem+json');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(
      JSON.stringify(
        alive
          ? { status: 'starting' }
          : path === '/readyz'
            ? { status: 'starting' }
            : { title: 'Communities of Schools is starting. Try again in a few seconds.', status: 503 },
      ),
    );
  };
}
