import { BoundedMap } from '../cache/bounded-map';
import type { ConversationRef } from './conversation-refs';

/**
 * A stored row is refreshed at least this often even when nothing changed, so "a person's latest chat" (ordered by
 * when it was last saved) stays right to within this, and a row removed behind this instance's back comes back.
 */
const REFRESH_MS = 5 * 60_000;

/** More conversations than talk to one instance within `REFRESH_MS`. */
const CONVERSATIONS_KEPT = 10_000;

interface Saved {
  content: string;
  personId: string | null;
  atMs: number;
}

/** What this instance last wrote for each conversation, so an unchanged reference is not written again. */
export class SavedRefs {
  private readonly saved = new BoundedMap<string, Saved>(CONVERSATIONS_KEPT);

  /** True when the store already holds this reference, as this instance saved it less than `REFRESH_MS` ago. */
  holds(ref: ConversationRef, nowMs: number): boolean {
    const saved = this.saved.get(ref.conversationId);
    if (!saved || nowMs - saved.atMs >= REFRESH_MS || saved.content !== contentOf(ref)) return false;
    // A reference without a person keeps the person stored (see the upsert), so it changes nothing.
    return ref.personId === null || ref.personId === saved.personId;
  }

  /** Remembers a reference just written. */
  note(ref: ConversationRef, nowMs: number): void {
    const personId = ref.personId ?? this.saved.get(ref.conversationId)?.personId ?? null;
    this.saved.set(ref.conversationId, { content: contentOf(ref), personId, atMs: nowMs });
  }
}

function contentOf(ref: ConversationRef): string {
  return JSON.stringify([ref.conversationType, ref.reference]);
}
