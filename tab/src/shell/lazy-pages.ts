import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** A page whose code is its own chunk: fetched when the page is first shown, or earlier by `preload`. */
export interface LazyPage {
  Page: LazyExoticComponent<ComponentType>;
  preload: () => Promise<ComponentType>;
}

function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = pick(module);
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // React.lazy suspends on a page's first render even when its code is already here, and React then holds the page
  // back for up to 300 ms (it paces Suspense reveals). Code that was preloaded is handed over at once instead.
  const Page = lazy(() =>
    loaded
      ? (resolvedNow({ default: loaded }) as Promise<{ default: ComponentType }>)
      : preload().then((c) => ({ default: c })),
  );
  return { Page, preload };
}

function resolvedNow<T>(value: T): PromiseLike<T> {
  // biome-ignore lint/suspicious/noThenProperty: a thenable that calls back at once, which React.lazy reads synchronously.
  return { then: (onFulfilled) => onFulfilled?.(value) as never };
}

/** Every page of the tab by its first path segment ("budget" for /budget). */
export const lazyPages = {
  agenda: lazyPage(
    () => import('../pages/agenda-page'),
    (m) => m.AgendaPage,
  ),
  budget: lazyPage(
    () => import('../pages/budget-page'),
    (m) => m.BudgetPage,
  ),
  config: lazyPage(
    () => import('../pages/channel-config-page'),
    (m) => m.ChannelConfigPage,
  ),
  contacts: lazyPage(
    () => import('../pages/contacts-page'),
    (m) => m.ContactsPage,
  ),
  documents: lazyPage(
    () => import('../pages/documents-page'),
    (m) => m.DocumentsPage,
  ),
  events: lazyPage(
    () => import('../pages/events-page'),
    (m) => m.EventsPage,
  ),
  faq: lazyPage(
    () => import('../pages/faq-page'),
    (m) => m.FaqPage,
  ),
  meetings: lazyPage(
    () => import('../pages/meetings-page'),
    (m) => m.MeetingsPage,
  ),
  questions: lazyPage(
    () => import('../pages/questions-page'),
    (m) => m.QuestionsPage,
  ),
  requests: lazyPage(
    () => import('../pages/requests-page'),
    (m) => m.RequestsPage,
  ),
};

/**
 * Starts fetching the code of the page at this address (the Budget page for "/") while the tab signs in; resolves
 * when it is here (or could not be fetched: the page then tries again when shown).
 */
export function preloadPageAt(pathname: string): Promise<void> {
  const name = pathname.split('/')[1] || 'budget';
  if (!Object.hasOwn(lazyPages, name)) return Promise.resolve();
  return lazyPages[name as keyof typeof lazyPages].preload().then(
    () => undefined,
    () => undefined,
  );
}
