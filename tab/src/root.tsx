import { FluentProvider, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/api-client';
import { renewTokensWith } from './api/token-renewal';
import { useFluentTheme } from './host/fluent-theme';
import {
  detectHost,
  type HostInfo,
  type HostTheme,
  hostSignInToken,
  onHostThemeChange,
  restoreSubPage,
} from './host/teams-host';
import { devTokenStorage } from './session/dev-token-storage';
import { type Session, SessionContext } from './session/session-context';
import { signInWith } from './session/sign-in';
import { AppShell } from './shell/app-shell';
import { preloadPageAt } from './shell/lazy-pages';

// Only the local dev sign-in shows this page, and only a failed sign-in the other: their code is loaded when needed.
const DevSignInPage = lazy(() => import('./session/dev-sign-in-page').then((m) => ({ default: m.DevSignInPage })));
const SignInFailed = lazy(() => import('./session/sign-in-failed').then((m) => ({ default: m.SignInFailed })));

type State =
  | { step: 'starting' }
  | { step: 'choose-person' }
  | { step: 'signed-in'; session: Session }
  | { step: 'failed'; message: string };

/** The tab: finds its host, signs the person in (Teams SSO, or the local dev sign-in) and shows the pages. */
export function Root() {
  const [host, setHost] = useState<HostInfo>();
  const [theme, setTheme] = useState<HostTheme>('default');
  const [state, setState] = useState<State>({ step: 'starting' });
  const fluentTheme = useFluentTheme(theme);

  const startSession = useCallback(async (token: string, signOut?: () => void) => {
    // The page's code and its first reads arrive together, so the page shows with its data in one render.
    const [{ me, firstReads }] = await Promise.all([signInWith(token), preloadPageAt(window.location.pathname)]);
    setState({ step: 'signed-in', session: { me, token, firstReads, signOut, hosted: !signOut } });
  }, []);

  const signOut = useCallback(() => {
    devTokenStorage.clear();
    setState({ step: 'choose-person' });
  }, []);

  useEffect(() => {
    void preloadPageAt(window.location.pathname);
    void detectHost().then(async (found) => {
      setHost(found);
      setTheme(found.theme);
      if (found.hosted) {
        restoreSubPage(found.subPageId);
        onHostThemeChange(setTheme);
        renewTokensWith(hostSignInToken);
        try {
          await startSession(await hostSignInToken());
        } catch (e) {
          setState({ step: 'failed', message: e instanceof Error ? e.message : 'Sign-in failed.' });
        }
        return;
      }
      const saved = devTokenStorage.read();
      if (!saved) return setState({ step: 'choose-person' });
      await startSession(saved, signOut).catch((e: unknown) => {
        devTokenStorage.clear();
        setState(
          e instanceof ApiError && e.status === 0 ? { step: 'failed', message: e.message } : { step: 'choose-person' },
        );
      });
    });
  }, [startSession, signOut]);

  const chooseToken = (token: string) => {
    devTokenStorage.write(token);
    startSession(token, signOut).catch((e: Error) => setState({ step: 'failed', message: e.message }));
  };

  return (
    <FluentProvider theme={fluentTheme} style={{ minHeight: '100vh' }}>
      {state.step === 'starting' && <Spinner label="Starting Communities of Schools…" style={{ paddingTop: '4rem' }} />}
      {state.step === 'choose-person' && (
        <Suspense fallback={<Spinner label="Loading the sign-in…" style={{ paddingTop: '4rem' }} />}>
          <DevSignInPage onToken={chooseToken} />
        </Suspense>
      )}
      {state.step === 'failed' && (
        <Suspense fallback={<Spinner />}>
          <SignInFailed message={state.message} onBack={host?.hosted ? undefined : signOut} />
        </Suspense>
      )}
      {state.step === 'signed-in' && (
        <SessionContext.Provider value={state.session}>
          <BrowserRouter>
            <AppShell hosted={host?.hosted ?? false} />
          </BrowserRouter>
        </SessionContext.Provider>
      )}
    </FluentProvider>
  );
}
