import { type Attributes, SpanStatusCode, trace } from '@opentelemetry/api';

/** The app's own tracer: every span the code starts comes from it. */
export const tracer = trace.getTracer('communities-of-schools');

/**
 * The only attributes the app's own spans carry: names the code chose (verbs, commands, routes, kinds), roles,
 * outcomes, statuses and counts. Never text a person typed, a pupil reference, a name, an email or a token: a value
 * under any other key is dropped, and string values are cut to 100 characters.
 */
const ALLOWED_ATTRIBUTES = new Set([
  'cos.activity.type',
  'cos.activity.name',
  'cos.conversation.type',
  'cos.verb',
  'cos.command',
  'cos.roles',
  'cos.outcome',
  'http.request.method',
  'http.route',
  'http.response.status_code',
  'cos.graph.requests',
  'cos.graph.throttled',
  'cos.graph.retries',
  'cos.graph.failed',
  'cos.graph.refused',
  'cos.outbox.kind',
  'cos.outbox.attempts',
  'cos.outbox.channel',
]);

/** Attribute values a span may hold. */
type SpanAttributes = Record<string, string | number | boolean | undefined>;

/** What a piece of work can add to its span while it runs (e.g. the outcome once known). */
export interface SpanNotes {
  set(attributes: SpanAttributes): void;
}

/** The attributes a span may keep, from what the caller offered. */
export function allowedAttributes(attributes: SpanAttributes): Attributes {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!ALLOWED_ATTRIBUTES.has(key) || value === undefined) continue;
    kept[key] = typeof value === 'string' ? value.slice(0, 100) : value;
  }
  return kept;
}

/**
 * Runs `work` in a span named `name` (a child of the current one): its duration, the allowed attributes, and an
 * error status (with the error's type only, never its message) when it throws.
 */
export function inSpan<T>(
  name: string,
  attributes: SpanAttributes,
  work: (notes: SpanNotes) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { attributes: allowedAttributes(attributes) }, async (span) => {
    try {
      return await work({ set: (more) => span.setAttributes(allowedAttributes(more)) });
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'Error' });
      span.setAttribute('cos.outcome', 'error');
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Adds allowed attributes to the span in progress (the request or turn being handled), if there is one. */
export function noteOnCurrentSpan(attributes: SpanAttributes): void {
  trace.getActiveSpan()?.setAttributes(allowedAttributes(attributes));
}

/** The trace and span ids of the work in progress, for log lines to carry (empty when nothing is traced). */
export function traceIds(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || context.traceId === '00000000000000000000000000000000') return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}
