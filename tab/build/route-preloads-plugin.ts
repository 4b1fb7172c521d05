import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { pageImportsIn, ROUTE_PRELOADS_FILE, routePreloads } from './route-preloads';

/**
 * Writes route-preloads.json next to index.html: for each page of `lazyPagesFile`, the hashed files its lazy import
 * needs, so the service can have a browser fetch them alongside the tab's first scripts instead of after them.
 */
export function routePreloadsPlugin(lazyPagesFile: string): Plugin {
  return {
    name: 'cos-route-preloads',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const pages = pageImportsIn(readFileSync(lazyPagesFile, 'utf8'));
      if (pages.length === 0) this.error(`Found no lazyPage(() => import(…)) in ${lazyPagesFile}`);
      const pageModules = new Map<string, string>();
      for (const { page, specifier } of pages) {
        const resolved = await this.resolve(specifier, lazyPagesFile);
        if (!resolved) this.error(`Cannot resolve the ${page} page's module ${specifier}`);
        pageModules.set(page, resolved.id);
      }
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      this.emitFile({
        type: 'asset',
        fileName: ROUTE_PRELOADS_FILE,
        source: `${JSON.stringify(routePreloads(chunks, pageModules), null, 2)}\n`,
      });
    },
  };
}
