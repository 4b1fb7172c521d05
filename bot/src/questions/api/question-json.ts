import type { FaqResult } from '../app/ports';
import { type FaqEntry, isOutOfDate } from '../domain/faq-entry';
import { latestAnswer, type Question } from '../domain/question';

/** A question as the API shows it (history only when read one at a time). */
export function questionJson(q: Question) {
  return {
    id: q.id,
    status: q.status,
    theme: q.themeName,
    themeId: q.themeId,
    text: q.text,
    context: q.context,
    asker: { id: q.askerId, name: q.askerName, school: q.schoolName, community: q.communityName },
    assignee: q.assigneeName,
    answer: q.status === 'answered' ? (latestAnswer(q)?.text ?? null) : null,
    faqEntry: q.faqEntry,
    helpful: q.helpful,
    sentAt: q.sentAt,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
    history: q.history.map((e) => ({
      at: e.at,
      kind: e.kind,
      by: e.actorName,
      text: e.text,
      faqEntryId: e.faqEntryId,
    })),
  };
}

/** A published FAQ entry as the API shows it, out of date once `today` is past its "valid until". */
export function faqEntryJson(e: FaqEntry, today: string) {
  return {
    id: e.id,
    question: e.question,
    answer: e.answer,
    theme: e.themeName,
    themeId: e.themeId,
    source: e.source,
    status: e.status,
    validUntil: e.validUntil,
    outOfDate: isOutOfDate(e, today),
    publishedBy: e.publishedBy,
    publishedAt: e.publishedAt,
    updatedAt: e.updatedAt,
  };
}

/** A search result as the API shows it: the entry and how well it matched. */
export function faqResultJson(r: FaqResult, today: string) {
  return { ...faqEntryJson(r.entry, today), score: r.score };
}
