import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';

/** The Agents Playground running against a bot, as scripts/playground.mjs starts it. */
export interface TestPlayground {
  baseUrl: string;
  port: number;
  logFile: string;
  /** POSTs JSON to one of the playground's own routes and returns its status and JSON answer. */
  call(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Presses an Action.Execute button on a card message, as `from`, through the playground's invoke API. */
  pressButton(
    from: string,
    conversationId: string,
    verb: string,
    replyToId: string,
    data?: Record<string, unknown>,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** The content type of Adaptive Card attachments. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Matches a stream frame that posts a card into the given conversation. */
export function isCardIn(conversationId: string) {
  return (frame: PlaygroundFrame) =>
    frame.action === 'createMessage' &&
    frame.actionConversationId === conversationId &&
    (frame.message?.attachments ?? []).some((a) => a.contentType === ADAPTIVE_CARD);
}

interface PlaygroundScript {
  startPlayground(options: {
    botEndpoint: string;
    port?: number;
    configPath: string;
    logFile: string;
    openBrowser?: boolean;
  }): Promise<{ child: ChildProcess; port: number }>;
}

const projectRoot = path.resolve(__dirname, '../..');
const START_TIMEOUT_MS = 30000;

/** Starts the playground (the same script `npm start` uses) on a free port, chatting as the yml's currentUser. */
export async function startTestPlayground(botEndpoint: string): Promise<TestPlayground> {
  const script = (await import(
    pathToFileURL(path.join(projectRoot, 'scripts/playground.mjs')).href
  )) as PlaygroundScript;
  const logFile = path.join(tmpdir(), `cos-playground-${process.pid}-${Date.now()}.log`);
  const started = script.startPlayground({
    botEndpoint,
    port: 0,
    configPath: path.join(projectRoot, '.m365agentsplayground.yml'),
    logFile,
  });
  const { child, port } = await withTimeout(
    started,
    START_TIMEOUT_MS,
    `The Agents Playground did not start; see ${logFile}`,
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const call: TestPlayground['call'] = async (route, body) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  return {
    baseUrl,
    call,
    pressButton: (from, conversationId, verb, replyToId, data = {}) =>
      call('/_conversation/v1/invoke', {
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data } },
        from: { id: from },
        conversation: { id: conversationId },
        replyToId,
      }),
    port,
    logFile,
    stop: () => stopChild(child),
  };
}

/** A message the playground's client stream delivers (bot replies, edits, deletions). */
export interface PlaygroundFrame {
  action: string;
  actionConversationId?: string;
  message?: {
    messageId: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
  };
}

/** The playground's client WebSocket: collects every frame and waits for the ones a test expects. */
export class PlaygroundStream {
  readonly frames: PlaygroundFrame[] = [];
  private readonly socket: WebSocket;
  private readonly waiters = new Set<() => void>();

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as PlaygroundFrame);
      for (const wake of this.waiters) wake();
    });
  }

  /** Connects to ws://…/_ws_conversation/v1/conversations/stream; frames buffered before now are delivered too. */
  static async open(port: number): Promise<PlaygroundStream> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      }),
      5000,
      'The playground WebSocket did not open',
    );
    return new PlaygroundStream(socket);
  }

  /** Resolves with the first frame (from `from` on) that matches, or fails after `ms`. */
  waitFor(matches: (frame: PlaygroundFrame) => boolean, from = 0, ms = 10000): Promise<PlaygroundFrame> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.frames.slice(from).find(matches);
        if (!found) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(`No matching playground frame within ${ms} ms; got ${JSON.stringify(this.frames.slice(from))}`),
        );
      }, ms);
      this.waiters.add(check);
      check();
    });
  }

  /** Resolves once no frame has arrived for `quietMs` (at most `maxMs`): nothing more is on its way. */
  async settle(quietMs = 750, maxMs = 5000): Promise<void> {
    const deadline = Date.now() + maxMs;
    let seen = -1;
    while (seen !== this.frames.length && Date.now() < deadline) {
      seen = this.frames.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
  }

  close(): void {
    this.socket.terminate();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
