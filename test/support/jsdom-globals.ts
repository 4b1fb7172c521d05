import { TextDecoder, TextEncoder } from 'node:util';

// jsdom (for component tests) lacks a few globals the tab's libraries use; Node has them.
const globals = globalThis as Record<string, unknown>;
globals.TextEncoder ??= TextEncoder;
globals.TextDecoder ??= TextDecoder;
// teams-js fetches its list of host origins when loaded; tests have no network (and each test stubs fetch itself).
globals.fetch ??= () => Promise.reject(new Error('No network in component tests'));
if (typeof window !== 'undefined') {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as Record<string, unknown>).ResizeObserver ??= NoResizeObserver;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    onchange: null,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}
