import { createContext, useContext } from 'react';
import type { Me } from '../api/api-client';
import type { FirstReads } from '../api/first-reads';

/** The signed-in person and how to talk to the API as them. */
export interface Session {
  me: Me;
  token: string;
  /** Answers that came with the sign-in for the first page's reads. */
  firstReads?: FirstReads;
  /** True inside Teams, Outlook or the Microsoft 365 app. */
  hosted: boolean;
  /** Present for the local dev sign-in only: forget the chosen person. */
  signOut?: () => void;
}

/** Holds the current session for every page below the shell. */
export const SessionContext = createContext<Session | undefined>(undefined);

/** The current session; only pages inside the signed-in shell use it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside a signed-in page');
  return session;
}
