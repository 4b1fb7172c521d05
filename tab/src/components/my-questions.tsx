import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { usePagedApi } from '../api/use-paged-api';
import { LoadState } from './load-state';
import { ShowMore } from './show-more';

/** A question as GET /api/questions returns it to the person who asked it. */
interface MyQuestion {
  id: string;
  status: 'draft' | 'self-answered' | 'open' | 'assigned' | 'answered' | 'duplicate' | 'closed';
  theme: string;
  text: string;
  answer: string | null;
  faqEntry: { question: string; answer: string } | null;
  sentAt: string | null;
  createdAt: string;
}

const statusLabels: Record<MyQuestion['status'], string> = {
  draft: 'Not sent',
  'self-answered': 'You found the answer in the FAQ',
  open: 'Sent to KCC: waiting for an officer',
  assigned: 'An officer is answering it',
  answered: 'Answered by KCC',
  duplicate: 'KCC pointed you to a published answer',
  closed: 'Closed by KCC',
};

const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalXL },
  list: { paddingInlineStart: 0 },
  item: {
    listStyle: 'none',
    paddingBlock: tokens.spacingVerticalS,
  },
  answer: { whiteSpace: 'pre-wrap', marginBlockStart: tokens.spacingVerticalXS },
});

/** "My questions": what I asked KCC, where each stands, and the answers I got. */
export function MyQuestions() {
  const styles = useStyles();
  const read = usePagedApi<MyQuestion>('/api/questions');
  const sent = read.items.filter((q) => q.status !== 'draft');
  return (
    <section className={styles.section} aria-labelledby="mine-title">
      <Title3 as="h2" block id="mine-title">
        My questions
      </Title3>
      <LoadState
        loading={read.loading}
        error={read.error}
        empty={sent.length === 0}
        loadingLabel="Loading your questions…"
      >
        You have not asked KCC anything yet.
      </LoadState>
      <ul className={styles.list}>
        {sent.map((q) => {
          const answer = q.answer ?? (q.status === 'duplicate' ? (q.faqEntry?.answer ?? null) : null);
          return (
            <li key={q.id} className={styles.item}>
              <Text size={200} block>
                {q.theme} · asked {day.format(new Date(q.sentAt ?? q.createdAt))} · {statusLabels[q.status]}
              </Text>
              <Text weight="semibold" block>
                {q.text}
              </Text>
              {answer && (
                <Text block className={styles.answer}>
                  {answer}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
      <ShowMore read={read} what="questions" />
    </section>
  );
}
