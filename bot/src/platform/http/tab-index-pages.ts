import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Written by the tab's build next to index.html (tab/build/route-preloads.ts): each page's hashed code files. */
const ROUTE_PRELOADS_FILE = 'route-preloads.json';
/** The page the tab shows at "/" (as its shell's preloadPageAt). */
const DEFAULT_PAGE = 'budget';
/** A hashed code file of the build; anything else in the map is left out of the page. */
const ASSET_FILE = /^assets\/[\w.-]+\.js$/;

/** The built tab's index.html, for each page with its code preloaded; read from disk again only when a build changes it. */
export interface TabIndexPages {
  /** index.html for this address (preloading the code of the page it opens, if a known one); undefined when not built. */
  htmlFor(pathname: string): string | undefined;
}

interface LoadedBuild {
  version: string;
  plain: string;
  preloads: Map<string, string[]>;
  pages: Map<string, string>;
}

/** Keeps the built tab's index.html in memory, one copy per page with `<link rel="modulepreload">` for its code. */
export function tabIndexPages(distDir: string): TabIndexPages {
  const indexFile = path.join(distDir, 'index.html');
  const preloadsFile = path.join(distDir, ROUTE_PRELOADS_FILE);
  let build: LoadedBuild | undefined;

  const current = (): LoadedBuild | undefined => {
    const index = statSync(indexFile, { throwIfNoEntry: false });
    if (!index) return undefined;
    const preloads = statSync(preloadsFile, { throwIfNoEntry: false });
    const version = `${index.mtimeMs}:${index.size}:${preloads?.mtimeMs}:${preloads?.size}`;
    if (build?.version !== version) {
      build = {
        version,
        plain: readFileSync(indexFile, 'utf8'),
        preloads: preloads ? preloadsIn(readFileSync(preloadsFile, 'utf8')) : new Map(),
        pages: new Map(),
      };
    }
    return build;
  };

  return {
    htmlFor(pathname) {
      const loaded = current();
      if (!loaded) return undefined;
      const page = pathname.split('/')[1] || DEFAULT_PAGE;
      const files = loaded.preloads.get(page);
      if (!files) return loaded.plain;
      let html = loaded.pages.get(page);
      if (html === undefined) {
        html = withModulePreloads(loaded.plain, files);
        loaded.pages.set(page, html);
      }
      return html;
    },
  };
}

/** The page → files map of route-preloads.json, keeping only hashed code files; an unreadable map preloads nothing. */
export function preloadsIn(json: string): Map<string, string[]> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(
      Object.entries(parsed).flatMap(([page, files]) =>
        Array.isArray(files)
          ? [[page, files.filter((f): f is string => typeof f === 'string' && ASSET_FILE.test(f))]]
          : [],
      ),
    );
  } catch {
    return new Map();
  }
}

/** index.html with a modulepreload link for each file, at the end of its head (after the tab's own first scripts). */
export function withModulePreloads(html: string, files: readonly string[]): string {
  const end = html.indexOf('</head>');
  if (end < 0 || files.length === 0) return html;
  const links = files.map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`).join('');
  return `${html.slice(0, end)}${links}${html.slice(end)}`;
}
