/**
 * Shares one read among concurrent callers without ever handing a caller a read that began before it asked: a caller
 * who arrives while a read is running waits for the next one, which starts when the running one ends and serves every
 * caller who arrived meanwhile. So at most one read runs at a time, and each answer is as fresh as a read of its own.
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const reading = read().finally(() => {
      if (running === reading) running = undefined;
    });
    running = reading;
    return reading;
  };
  return () => {
    if (!running) return start();
    next ??= running.then(settled, settled).then(() => {
      next = undefined;
      return start();
    });
    return next;
  };
}

function settled(): void {}
