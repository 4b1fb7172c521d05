import { Button, Field, Input, makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { LoadState } from './load-state';
import { Refusal } from './refusal';
import { useFormSend } from './use-form-send';

/** Another wording of an entry's question, as officers see it (GET /api/faq/{id}/phrasings). */
interface Phrasing {
  id: string;
  text: string;
  source: 'officer' | 'learned';
  createdBy: string | null;
}

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalM },
  list: { paddingInlineStart: tokens.spacingHorizontalXL, marginBlock: tokens.spacingVerticalS },
  item: { marginBlockEnd: tokens.spacingVerticalXS },
  about: { color: tokens.colorNeutralForeground3 },
  add: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * For officers, in an opened FAQ entry: the other ways schools ask it ("also asked as"), which search finds it by
 * (added by officers, or learned from askers it answered); officers add and remove them. Schools never see them.
 */
export function FaqPhrasings({ entryId }: { entryId: string }) {
  const styles = useStyles();
  const titleId = useId('phrasings-title');
  const { token } = useSession();
  const path = `/api/faq/${encodeURIComponent(entryId)}/phrasings`;
  const read = useApi<{ items: Phrasing[] }>(path);
  const items = read.data?.items ?? [];
  const [text, setText] = useState('');
  const { problems, refusal, sending, send } = useFormSend();

  const add = () =>
    send(async () => {
      await callApi(path, { token, method: 'POST', body: { text } });
      setText('');
      read.reload();
    }, 'Not added');
  const remove = (phrasing: Phrasing) =>
    send(async () => {
      await callApi(`${path}/${encodeURIComponent(phrasing.id)}`, { token, method: 'DELETE' });
      read.reload();
    }, 'Not removed');

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h4" weight="semibold" block id={titleId}>
        Also asked as
      </Text>
      <LoadState loading={read.loading} error={read.error} empty={items.length === 0} loadingLabel="Loading wordings…">
        No other wordings yet. Search finds this answer by the ones added here, and by the words of questions it
        answered.
      </LoadState>
      {items.length > 0 && (
        <ul className={styles.list}>
          {items.map((p) => (
            <li key={p.id} className={styles.item}>
              <Text>{p.text}</Text>{' '}
              <Text size={200} className={styles.about}>
                ({p.source === 'learned' ? 'learned from a question it answered' : `added by ${p.createdBy ?? 'KCC'}`})
              </Text>{' '}
              <Button size="small" aria-label={`Remove: ${p.text}`} disabled={sending} onClick={() => void remove(p)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.add}>
        <Field label="Another way schools ask this" validationMessage={problems.text}>
          <Input value={text} maxLength={500} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Button disabled={sending || text.trim() === ''} onClick={() => void add()}>
          Add wording
        </Button>
      </div>
      <Refusal message={refusal} />
    </section>
  );
}
