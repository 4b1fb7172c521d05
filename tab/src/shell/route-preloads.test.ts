import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BuiltChunk, pageImportsIn, routePreloads } from '../../build/route-preloads';
import { lazyPages } from './lazy-pages';

const chunk = (fileName: string, imports: string[] = [], more: Partial<BuiltChunk> = {}): BuiltChunk => ({
  fileName,
  imports,
  isEntry: false,
  facadeModuleId: null,
  moduleIds: [],
  ...more,
});

describe("the map from each page to the code its first load needs (the tab's build writes it)", () => {
  it('finds every page of lazy-pages.ts, so no page is left without its preloads', () => {
    const source = readFileSync(path.join(__dirname, 'lazy-pages.ts'), 'utf8');
    const found = pageImportsIn(source);
    expect(found.map((p) => p.page).sort()).toEqual(Object.keys(lazyPages).sort());
    expect(found).toContainEqual({ page: 'budget', specifier: '../pages/budget-page' });
  });

  it("names the page's chunk first, then what it imports, leaving out what index.html loads already", () => {
    const chunks = [
      chunk('assets/index-1.js', ['assets/react-1.js'], { isEntry: true }),
      chunk('assets/react-1.js'),
      chunk('assets/budget-page-1.js', ['assets/react-1.js', 'assets/table-1.js'], {
        facadeModuleId: '/tab/src/pages/budget-page.tsx',
      }),
      chunk('assets/table-1.js', ['assets/focus-1.js', 'assets/react-1.js']),
      chunk('assets/focus-1.js', ['assets/table-1.js']),
    ];
    expect(routePreloads(chunks, new Map([['budget', '/tab/src/pages/budget-page.tsx']]))).toEqual({
      budget: ['assets/budget-page-1.js', 'assets/table-1.js', 'assets/focus-1.js'],
    });
  });

  it('finds a page whose module was put in a chunk with others', () => {
    const chunks = [
      chunk('assets/index-1.js', [], { isEntry: true }),
      chunk('assets/pages-1.js', [], { moduleIds: ['/tab/src/pages/faq-page.tsx', '/tab/src/pages/x.tsx'] }),
    ];
    expect(routePreloads(chunks, new Map([['faq', '/tab/src/pages/faq-page.tsx']]))).toEqual({
      faq: ['assets/pages-1.js'],
    });
  });

  it('fails the build rather than write a map missing a page', () => {
    const chunks = [chunk('assets/index-1.js', [], { isEntry: true })];
    expect(() => routePreloads(chunks, new Map([['faq', '/tab/src/pages/faq-page.tsx']]))).toThrow(/faq page/);
  });
});
