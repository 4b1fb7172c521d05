import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** How long a refused connection may go on sending before it is closed. */
const DRAIN_MS = 5_000;

/** The status for a request the HTTP parser refused: 431 for headers (or a URL) over the limit, else 400. */
function statusOf(error: NodeJS.ErrnoException): [number, string] {
  return error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
}

/**
 * Answers a request the HTTP parser refuses (oversized headers or URL, malformed syntax) with 431/400 and lets the
 * client finish sending before closing, so it reads the answer instead of a connection reset (Node closes at once).
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, reason] = statusOf(error);
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.on('data', () => {}); // Read and drop the rest of the request, so the client is not reset mid-send.
    setTimeout(() => socket.destroy(), DRAIN_MS).unref();
  });
}
