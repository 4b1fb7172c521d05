import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', destination), lines };
}

describe('the service log', () => {
  it("keeps an error's kind, message and status but never the body, headers or card an SDK error carries", () => {
    const { logger, lines } = capturedLogger();
    const error = Object.assign(new Error('Graph answered 400'), {
      statusCode: 400,
      code: 'ErrorInvalidRequest',
      body: '{"subject":"Y4-017: Oliver has responded well"}',
      headers: { authorization: 'Bearer secret-token' },
      request: { body: { currentProvision: 'narrative about a pupil' } },
    });
    logger.error({ err: error, method: 'POST' }, 'request failed');
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry.err).toMatchObject({
      type: 'Error',
      message: 'Graph answered 400',
      statusCode: 400,
      code: 'ErrorInvalidRequest',
    });
    expect(lines.join('')).not.toMatch(/Oliver|secret-token|narrative about a pupil/);
  });

  it('redacts tokens and what a person typed into a card or message', () => {
    const { logger, lines } = capturedLogger();
    logger.info({ token: 'abc.def.ghi', activity: { text: 'Mia in Year 4', value: { reason: 'typed' } } }, 'turn');
    expect(lines.join('')).not.toMatch(/abc\.def|Mia in Year 4|typed/);
  });
});
