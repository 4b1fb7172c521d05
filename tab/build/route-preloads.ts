/** The file, at the root of the built tab, that names the code each page needs (read by the service's tabStatic). */
export const ROUTE_PRELOADS_FILE = 'route-preloads.json';

/** A chunk of the built tab: as much of it as the route preloads need. */
export interface BuiltChunk {
  fileName: string;
  imports: readonly string[];
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
}

/** A page of the tab by its first path segment, and the module its lazy import loads. */
export interface PageImport {
  page: string;
  specifier: string;
}

const LAZY_PAGE = /(\w+):\s*lazyPage\(\s*\(\)\s*=>\s*import\(\s*(['"])([^'"]+)\2\s*\)/g;

/** The pages declared in the shell's lazy-pages.ts (`budget: lazyPage(() => import('../pages/budget-page'), …)`). */
export function pageImportsIn(lazyPagesSource: string): PageImport[] {
  return [...lazyPagesSource.matchAll(LAZY_PAGE)].map((m) => ({ page: m[1] as string, specifier: m[3] as string }));
}

/**
 * For each page, the files its lazy import needs that index.html does not load already: the page's own chunk first,
 * then the chunks it imports, transitively. Throws when a page's module is in no chunk (the map would be wrong).
 */
export function routePreloads(
  chunks: readonly BuiltChunk[],
  pageModules: ReadonlyMap<string, string>,
): Record<string, string[]> {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const withImports = (start: readonly string[]): Set<string> => {
    const found = new Set<string>();
    const visit = (file: string) => {
      if (found.has(file)) return;
      found.add(file);
      for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
    };
    for (const file of start) visit(file);
    return found;
  };
  const loadedByIndex = withImports(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  const preloads: Record<string, string[]> = {};
  for (const [page, moduleId] of pageModules) {
    const chunk =
      chunks.find((c) => c.facadeModuleId === moduleId) ?? chunks.find((c) => c.moduleIds.includes(moduleId));
    if (!chunk) throw new Error(`No chunk of the build holds the ${page} page (${moduleId})`);
    preloads[page] = [...withImports([chunk.fileName])].filter((file) => !loadedByIndex.has(file));
  }
  return preloads;
}
