import { createHash } from 'node:crypto';
import http from 'node:http';

/** A request exactly as it goes on the wire: the path is sent as is (no URL normalisation, no re-encoding). */
export interface RawRequest {
  method: string;
  /** Path and query, as sent on the request line. */
  path: string;
  /** Header name to value; an array sends the header once per value. */
  headers: Record<string, string | string[]>;
  body?: Buffer;
}

/** What came back: the status (0 when nothing did, with the error) and the body as text. */
export interface RawAnswer {
  status: number;
  text: string;
  error?: string;
  ms: number;
}

/** Sends one request over a keep-alive agent; never rejects (a reset, a timeout or a refused request is an answer). */
export function sendRaw(agent: http.Agent, port: number, request: RawRequest, timeoutMs = 20_000): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: Omit<RawAnswer, 'ms'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...answer, ms: performance.now() - started });
    };
    let req: http.ClientRequest;
    try {
      req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: request.method,
          path: request.path,
          agent,
          headers: {
            ...request.headers,
            ...(request.body ? { 'content-length': String(request.body.length) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', (error) => done({ status: 0, text: '', error: `response: ${error.message}` }));
        },
      );
    } catch (error) {
      // The client refused to send it (an invalid header or path): the generator made something no HTTP client sends.
      done({ status: -1, text: '', error: `not sent: ${(error as Error).message}` });
      return;
    }
    req.setTimeout(timeoutMs, () => {
      done({ status: 0, text: '', error: `no answer within ${timeoutMs} ms` });
      req.destroy();
    });
    req.on('error', (error) => done({ status: 0, text: '', error: `request: ${error.message}` }));
    req.end(request.body);
  });
}

/**
 * A request as a reader can replay it: headers with tokens named instead of spelled out, and the body as a JSON
 * string when it is short (its length and SHA-256 otherwise, with its start and end).
 */
export function describeRequest(request: RawRequest, tokenNames: Map<string, string>, maxBody = 1500): string {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => {
      const named = (v: string) => {
        let out = v;
        for (const [token, who] of tokenNames) out = out.split(token).join(`<token of ${who}>`);
        return out;
      };
      return [name, Array.isArray(value) ? value.map(named) : named(value)];
    }),
  );
  const body = request.body;
  let bodyText: string | undefined;
  if (body) {
    const asText = body.toString('utf8');
    const exact = Buffer.from(asText, 'utf8').equals(body) ? asText : undefined;
    if (body.length <= maxBody) {
      bodyText = exact !== undefined ? JSON.stringify(exact) : `base64:${body.toString('base64')}`;
    } else {
      const sha = createHash('sha256').update(body).digest('hex').slice(0, 16);
      bodyText = `${body.length} bytes, sha256 ${sha}…, starting ${JSON.stringify(body.subarray(0, 300).toString('latin1'))}, ending ${JSON.stringify(body.subarray(-200).toString('latin1'))}`;
    }
  }
  const path =
    request.path.length > 600 ? `${request.path.slice(0, 600)}… (${request.path.length} chars)` : request.path;
  return `${request.method} ${path}\n  headers: ${JSON.stringify(headers)}${bodyText === undefined ? '' : `\n  body: ${bodyText}`}`;
}
