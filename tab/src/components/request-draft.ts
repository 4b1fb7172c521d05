/** What the funding request form holds while it is being filled in: typed text, choices, and the submission's key. */
export interface RequestDraft {
  values: Record<string, string>;
  areasOfNeed: string[];
  prgServiceIds: string[];
  /** Sent as Idempotency-Key: the same draft submitted twice (a retry, a double click) makes one request. */
  idempotencyKey: string;
}

const key = (personId: string) => `cos.requestDraft.${personId}`;

/** A new, empty draft with its own idempotency key. */
export function emptyDraft(): RequestDraft {
  return {
    values: { requestType: 'individual' },
    areasOfNeed: [],
    prgServiceIds: [],
    idempotencyKey: crypto.randomUUID(),
  };
}

/**
 * Keeps a person's unfinished request for this browser tab (sessionStorage: it survives a reload, and is gone when the
 * tab closes, so the narrative about a pupil is not left behind on a shared computer).
 */
export const requestDrafts = {
  read(personId: string): RequestDraft | undefined {
    try {
      const stored = sessionStorage.getItem(key(personId));
      return stored ? (JSON.parse(stored) as RequestDraft) : undefined;
    } catch {
      return undefined;
    }
  },
  write: (personId: string, draft: RequestDraft): void => sessionStorage.setItem(key(personId), JSON.stringify(draft)),
  clear: (personId: string): void => sessionStorage.removeItem(key(personId)),
};
