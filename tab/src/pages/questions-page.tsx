import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  Title2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { usePagedApi } from '../api/use-paged-api';
import { formatDateTime } from '../components/dates';
import { LoadState } from '../components/load-state';
import { QuestionAnswerForm } from '../components/question-answer-form';
import { ShowMore } from '../components/show-more';
import { useSession } from '../session/session-context';

/** A question waiting for KCC, as GET /api/questions gives it to officers. */
interface OpenQuestion {
  id: string;
  status: 'open' | 'assigned';
  theme: string;
  text: string;
  context: string | null;
  asker: { name: string; school: string | null; community: string | null };
  assignee: string | null;
  sentAt: string | null;
  createdAt: string;
}

const useStyles = makeStyles({
  theme: { marginBlockStart: tokens.spacingVerticalL },
  list: { paddingInlineStart: 0 },
  item: {
    listStyle: 'none',
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { whiteSpace: 'pre-wrap', marginBlock: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** For officers away from the channel: open questions by theme, to assign to themselves, answer and publish. */
export function QuestionsPage() {
  const styles = useStyles();
  const { token } = useSession();
  const read = usePagedApi<OpenQuestion>('/api/questions?status=open,assigned');
  const [answering, setAnswering] = useState<string>();
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; message: string }>();
  const themes = [...new Set(read.items.map((q) => q.theme))].sort();
  const done = (message: string) => {
    setNotice({ intent: 'success', message });
    setAnswering(undefined);
    read.reload();
  };
  const assign = (id: string) =>
    callApi(`/api/questions/${id}/assign`, { token, method: 'POST' }).then(
      () => done('Assigned to you. Colleagues see it on the channel card too.'),
      (error: Error) => setNotice({ intent: 'error', message: error.message }),
    );

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Questions
      </Title2>
      <Text block>Questions from schools that KCC has not answered yet, oldest first, by theme.</Text>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.message}</MessageBarBody>
        </MessageBar>
      )}
      <LoadState
        loading={read.loading}
        error={read.error}
        empty={read.items.length === 0}
        loadingLabel="Loading questions…"
      >
        Every question has been answered.
      </LoadState>
      {themes.map((theme) => (
        <section key={theme} className={styles.theme} aria-label={theme}>
          <Title3 as="h2" block>
            {theme}
          </Title3>
          <ul className={styles.list}>
            {read.items
              .filter((q) => q.theme === theme)
              .map((q) => (
                <li key={q.id} className={styles.item} data-testid="open-question">
                  <Text weight="semibold">
                    {q.asker.name}
                    {q.asker.school ? `, ${q.asker.school}` : ''}
                  </Text>{' '}
                  <Text size={200}>{formatDateTime(q.sentAt ?? q.createdAt)}</Text>{' '}
                  <Badge appearance="tint">{q.assignee ? `Assigned to ${q.assignee}` : 'Open'}</Badge>
                  <Text block className={styles.text}>
                    {q.text}
                  </Text>
                  {q.context && (
                    <Text block size={200}>
                      {q.context}
                    </Text>
                  )}
                  {answering === q.id ? (
                    <QuestionAnswerForm questionId={q.id} question={q.text} onAnswered={done} />
                  ) : (
                    <div className={styles.actions}>
                      <Button size="small" onClick={() => assign(q.id)}>
                        Assign to me
                      </Button>
                      <Button size="small" appearance="primary" onClick={() => setAnswering(q.id)}>
                        Answer
                      </Button>
                    </div>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
      <ShowMore read={read} what="questions" />
    </section>
  );
}
