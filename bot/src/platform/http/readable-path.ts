import type { RequestHandler } from 'express';

/** Refuses an address whose parts decode to a NUL or another control character (no id or word contains one). */
export function readablePath(): RequestHandler {
  return (req, res, next) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(req.path);
    } catch {
      decoded = '\u0000';
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    if (!/[\u0000-\u001f\u007f]/.test(decoded)) return next();
    res.status(400).type('application/problem+json').json({
      title: 'The request could not be read: its address holds characters no id or word contains.',
      status: 400,
    });
  };
}
