import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Request, RequestHandler } from 'express';
import { allowedAttributes, tracer } from '../telemetry/spans';

/**
 * One span per API request, named by its route pattern ("/api/funding-requests/:id"), never its address: a query
 * string can hold what someone searched for. The handlers run inside it, so their database and Graph work nest.
 */
export function requestSpans(): RequestHandler {
  return (req, res, next) => {
    const span = tracer.startSpan('api.request', {
      kind: SpanKind.SERVER,
      attributes: allowedAttributes({ 'http.request.method': req.method }),
    });
    const traced = () => context.with(trace.setSpan(context.active(), span), next);
    // A span that records nothing (no tracing configured, or not sampled) needs no notes, and `req` keeps its shape.
    if (!span.isRecording()) return traced();
    const route = watchMatchedRoute(req);
    res.on('finish', () => {
      const status = res.statusCode;
      span.setAttributes(
        allowedAttributes({
          'http.route': route.matched ?? 'unmatched',
          'http.response.status_code': status,
          'cos.outcome': status >= 500 ? 'error' : status >= 400 ? 'refused' : 'ok',
        }),
      );
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    traced();
  };
}

/**
 * The pattern of the route that matched (e.g. "/api/documents/:id"), noted as the router assigns `req.route`: by the
 * time an error is answered, the router has already put `req.baseUrl` back.
 */
function watchMatchedRoute(req: Request): { matched?: string } {
  const found: { matched?: string } = {};
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: { path?: unknown } | undefined) {
      route = value;
      if (typeof value?.path === 'string') found.matched = `${req.baseUrl}${value.path}`;
    },
  });
  return found;
}
