import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import type { Me } from '../../tab/src/api/api-client';
import { type Session, SessionContext } from '../../tab/src/session/session-context';

/** Answers for API paths a page reads (matched by prefix), as the test's stand-in for the service. */
export type ApiAnswers = Record<string, unknown>;

/** Renders a tab page signed in as `me`, with fetch answering from `answers`; returns the paths requested and what was sent. */
export function renderPage(page: ReactElement, me: Me, answers: ApiAnswers, at = '/', session: Partial<Session> = {}) {
  const requested: string[] = [];
  const sent: { path: string; method: string; headers: Record<string, string>; body?: string }[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    requested.push(path);
    sent.push({
      path,
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      ...(typeof init?.body === 'string' ? { body: init.body } : {}),
    });
    const key = Object.keys(answers).find((k) => path.startsWith(k));
    // jsdom has no Response; callApi reads only ok, status and json().
    const answer = (status: number, body: unknown) => ({ ok: status < 300, status, json: async () => body });
    return key ? answer(200, answers[key]) : answer(404, { title: 'There is no such API route.' });
  }) as unknown as typeof fetch;
  const view = render(
    <FluentProvider theme={teamsLightTheme}>
      <SessionContext.Provider value={{ me, token: 'test-token', hosted: false, ...session }}>
        <MemoryRouter initialEntries={[at]}>{page}</MemoryRouter>
      </SessionContext.Provider>
    </FluentProvider>,
  );
  return { ...view, requested, sent };
}

/** A signed-in person with the given roles. */
export function meWith(roles: Me['roles']): Me {
  return { id: 'p1', email: 'sam@school.demo.example', displayName: 'Sam Example', jobTitle: 'SENCo', roles };
}
