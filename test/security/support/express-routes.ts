import type { Express } from 'express';

interface RouterLayer {
  route?: { path: string | RegExp | (string | RegExp)[]; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
  rawPath?: unknown;
}

/** One route the running app serves: its method and the path as the router declares it. */
export interface ServedRoute {
  method: string;
  /** "/api/communities/:id/meetings", or a regular expression's source for a pattern route. */
  path: string;
  pattern?: RegExp;
}

/**
 * Every route of the Express app, walking mounted routers (Express 5 keeps each layer's rawPath); the authorization
 * matrix and the fuzz test both enumerate routes with it.
 */
export function servedRoutes(app: Express): ServedRoute[] {
  const found = new Map<string, ServedRoute>();
  const walk = (stack: RouterLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          for (const method of Object.keys(layer.route.methods)) {
            const served: ServedRoute =
              path instanceof RegExp
                ? { method: method === '_all' ? 'ALL' : method.toUpperCase(), path: String(path), pattern: path }
                : { method: method === '_all' ? 'ALL' : method.toUpperCase(), path: `${prefix}${path}` };
            found.set(`${served.method} ${served.path}`, served);
          }
        }
      } else if (Array.isArray(layer.handle?.stack)) {
        if (typeof layer.rawPath !== 'string') throw new Error(`A router is mounted at ${String(layer.rawPath)}`);
        walk(layer.handle.stack, prefix + (layer.rawPath === '/' ? '' : layer.rawPath));
      }
    }
  };
  walk((app as unknown as { router: { stack: RouterLayer[] } }).router.stack, '');
  return [...found.values()].sort((a, b) => `${a.method} ${a.path}`.localeCompare(`${b.method} ${b.path}`));
}
