import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preloadsIn, tabIndexPages, withModulePreloads } from './tab-index-pages';

const INDEX = '<!doctype html><html><head><title>tab</title></head><body></body></html>';

describe("the tab's index.html per page", () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'tab-index-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('is not there until the tab is built', () => {
    expect(tabIndexPages(path.join(dist, 'not-built')).htmlFor('/budget')).toBeUndefined();
  });

  it("preloads the code of the page the address opens (the Budget page's at /), and nothing for other addresses", () => {
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(
      path.join(dist, 'route-preloads.json'),
      JSON.stringify({ budget: ['assets/budget-page-1.js', 'assets/table-1.js'], faq: ['assets/faq-page-1.js'] }),
    );
    const pages = tabIndexPages(dist);
    const budget = pages.htmlFor('/budget/2026-27');
    expect(budget).toContain('<link rel="modulepreload" crossorigin href="/assets/budget-page-1.js">');
    expect(budget).toContain('<link rel="modulepreload" crossorigin href="/assets/table-1.js">');
    expect(budget).not.toContain('faq-page');
    expect(pages.htmlFor('/')).toBe(budget);
    expect(pages.htmlFor('/faq')).toContain('href="/assets/faq-page-1.js"');
    for (const other of ['/nowhere', '/constructor', '/__proto__', '/<script>alert(1)</script>']) {
      expect(pages.htmlFor(other)).toBe(INDEX);
    }
  });

  it('reads a new build at once', () => {
    const pages = tabIndexPages(dist);
    expect(pages.htmlFor('/faq')).toContain('faq-page-1.js');
    writeFileSync(path.join(dist, 'index.html'), INDEX.replace('tab', 'new tab'));
    writeFileSync(path.join(dist, 'route-preloads.json'), JSON.stringify({ faq: ['assets/faq-page-22.js'] }));
    expect(pages.htmlFor('/faq')).toContain('<title>new tab</title>');
    expect(pages.htmlFor('/faq')).toContain('faq-page-22.js');
  });

  it('serves the page without preloads when the build wrote no map', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'tab-index-'));
    writeFileSync(path.join(bare, 'index.html'), INDEX);
    expect(tabIndexPages(bare).htmlFor('/budget')).toBe(INDEX);
    rmSync(bare, { recursive: true, force: true });
  });
});

describe('the preload map of a build', () => {
  it('keeps only hashed code files under assets/, so nothing else can reach the page', () => {
    const map = preloadsIn(
      JSON.stringify({
        budget: ['assets/budget-page-1.js', '../secret.js', 'assets/x.js"><script>', 'https://elsewhere/x.js', 7],
        faq: 'assets/faq-page-1.js',
      }),
    );
    expect([...map]).toEqual([['budget', ['assets/budget-page-1.js']]]);
  });

  it('preloads nothing from a map it cannot read', () => {
    expect(preloadsIn('{not json').size).toBe(0);
    expect(preloadsIn('null').size).toBe(0);
  });

  it('leaves a page without a head as it is', () => {
    expect(withModulePreloads('<p>no head</p>', ['assets/a-1.js'])).toBe('<p>no head</p>');
  });
});
