import { AppOnlyToken } from '../../bot/src/platform/graph/app-only-token';
import { createGraphClient } from '../../bot/src/platform/graph/create-graph-client';
import type { CalendarEventRequest } from '../../bot/src/scheduling/app/ports';
import { GraphCalendar } from '../../bot/src/scheduling/calendar/graph/graph-calendar';
import { type GraphDouble, startGraphDouble } from './graph-double';
import { StubEntraNetwork } from './stub-entra-network';

/** A Graph calendar wired for real (msal-node, Graph SDK) against the in-process double. */
export interface GraphHarness {
  double: GraphDouble;
  entra: StubEntraNetwork;
  calendar: GraphCalendar;
  /** A fresh Graph calendar with its own token, as a restarted process would have. */
  anotherProcess(): GraphCalendar;
  close(): Promise<void>;
}

/** Starts the double and a GraphCalendar pointed at it. */
export async function startGraphHarness(
  options: { latencyMs?: number; requestTimeoutMs?: number } = {},
): Promise<GraphHarness> {
  const entra = new StubEntraNetwork();
  const double = await startGraphDouble({
    latencyMs: options.latencyMs,
    acceptToken: (t) => entra.issuedTokens.includes(t),
  });
  const anotherProcess = () => {
    const token = new AppOnlyToken(
      { tenantId: '11111111-2222-3333-4444-555555555555', clientId: 'app', clientSecret: 'secret' },
      entra,
    );
    return new GraphCalendar(createGraphClient(token, double.baseUrl), { requestTimeoutMs: options.requestTimeoutMs });
  };
  return { double, entra, calendar: anotherProcess(), anotherProcess, close: () => double.close() };
}

/** A meeting request for a mailbox, month by month. */
export function meetingRequest(mailbox: string, n: number): CalendarEventRequest {
  const startMs = Date.UTC(2026, 8, 1 + n, 14, 45);
  return {
    meetingId: `${mailbox}-m${n}`,
    transactionId: `tx-${mailbox}-${n}`,
    mayAlreadyExist: false,
    organizerMailbox: mailbox,
    subject: `Meeting ${n}`,
    bodyHtml: '<p>Agenda</p>',
    startMs,
    endMs: startMs + 90 * 60000,
    timeZone: 'Europe/London',
    attendees: [
      { email: 'senco@school.demo.example', name: 'A SENCo', type: 'required' },
      { email: 'slt@nhs.demo.example', name: 'A Therapist', type: 'optional' },
    ],
  };
}
