import type { FaqResult } from '../app/ports';
import type { FaqEntry } from '../domain/faq-entry';
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

/** A published FAQ entry as the API shows it. */
export function faqEntryJson(e: FaqEntry) {
  return {
    id: e.id,
    question: e.question,
    answer: e.answer,
    theme: e.themeName,
    themeId: e.themeId,
    source: e.source,
    status: e.status,
    updatedAt: e.updatedAt,
  };
}

/** A search result as the API shows it. */
export function faqResultJson(r: FaqResult) {
  return {
    id: r.entry.id,
    question: r.entry.question,
    answer: r.entry.answer,
    theme: r.entry.themeName,
    score: r.score,
  };
}
