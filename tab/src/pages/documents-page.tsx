import {
  Badge,
  Button,
  Link,
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
import { useApi } from '../api/use-api';
import { formatDay } from '../components/dates';
import { DocumentForm, type EditableDocument } from '../components/document-form';
import { LoadState } from '../components/load-state';
import { Refusal } from '../components/refusal';
import { useSession } from '../session/session-context';

/** A document as GET /api/documents lists it. */
interface DocumentRow extends EditableDocument {
  id: string;
  kindLabel: string;
  audienceLabel: string;
  updatedAt: string;
  version: number;
  isNew: boolean;
}

/** What announcing did, as POST /api/documents/{id}/announce answers. */
interface Announced {
  queued: number;
  alreadySent: number;
  withoutChat: number;
}

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalXL },
  list: { padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: { listStyle: 'none' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginBlockStart: tokens.spacingVerticalXS },
});

/** KCC's guidance and each community's papers, new ones marked until opened; officers keep the list and announce. */
export function DocumentsPage() {
  const styles = useStyles();
  const { me, token } = useSession();
  const officer = me.roles.some((r) => r.role === 'officer');
  const read = useApi<{ items: DocumentRow[]; kinds: Record<string, string> }>('/api/documents');
  const [editing, setEditing] = useState<EditableDocument | 'new'>();
  const [note, setNote] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const items = read.data?.items ?? [];
  const groups = [...new Set(items.map((d) => d.kindLabel))].map(
    (label) => [label, items.filter((d) => d.kindLabel === label)] as const,
  );

  const act = async (work: () => Promise<string>) => {
    setRefusal(undefined);
    try {
      setNote(await work());
      read.reload();
    } catch (e) {
      setRefusal((e as Error).message);
    }
  };
  // The link opens the document itself; opening it also marks it read (no longer new) for this person.
  const markRead = (d: DocumentRow) => {
    if (!d.isNew) return;
    callApi(`/api/documents/${d.id}/read`, { token, method: 'POST' }).then(read.reload, (e: Error) =>
      setRefusal(e.message),
    );
  };
  const announce = (d: DocumentRow) =>
    act(async () => {
      const sent = await callApi<Announced>(`/api/documents/${d.id}/announce`, { token, method: 'POST' });
      return (
        `"${d.title}": sent to ${sent.queued}${sent.alreadySent ? ` (${sent.alreadySent} had it already)` : ''}.` +
        (sent.withoutChat > 0
          ? ` ${sent.withoutChat} of the audience have not opened the app in Teams yet: it reaches them by email or as the app is added for them.`
          : '')
      );
    });
  const retire = (d: DocumentRow) => {
    if (!window.confirm(`Take "${d.title}" off everyone's list?`)) return;
    void act(async () => {
      await callApi(`/api/documents/${d.id}`, { token, method: 'DELETE' });
      return `"${d.title}" is off the list.`;
    });
  };

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Documents
      </Title2>
      <Text as="p" block>
        KCC's guidance and your community's papers, all in one place. New and changed ones are marked until you open
        them.
      </Text>
      {note && (
        <MessageBar intent="success">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      <Refusal message={refusal} />
      {officer && !editing && (
        <Button appearance="primary" onClick={() => setEditing('new')}>
          Add a document or link
        </Button>
      )}
      {officer && editing && read.data && (
        <DocumentForm
          kinds={read.data.kinds}
          current={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            setNote(saved);
            read.reload();
          }}
        />
      )}
      <LoadState
        loading={read.loading && !read.data}
        error={read.error}
        empty={read.data !== undefined && items.length === 0}
        loadingLabel="Loading documents…"
      >
        There are no documents for you yet. KCC adds them here as they are published.
      </LoadState>
      {groups.map(([label, docs]) => (
        <section key={label} className={styles.group} aria-label={label}>
          <Title3 as="h2" block>
            {label}
          </Title3>
          <ul className={styles.list}>
            {docs.map((d) => (
              <li key={d.id} className={styles.item}>
                <Link href={d.url} target="_blank" rel="noopener" onClick={() => markRead(d)}>
                  {d.title}
                </Link>{' '}
                {d.isNew && (
                  <Badge appearance="filled" color="brand">
                    {d.version > 1 ? 'Updated' : 'New'}
                  </Badge>
                )}
                <Text size={200} className={styles.meta}>
                  For {d.audienceLabel.toLowerCase() === 'everyone' ? 'everyone' : d.audienceLabel} · updated{' '}
                  {formatDay(d.updatedAt)}
                </Text>
                {officer && (
                  <div className={styles.actions}>
                    <Button size="small" onClick={() => setEditing(d)}>
                      Change
                    </Button>
                    <Button size="small" onClick={() => void announce(d)}>
                      Announce in Teams
                    </Button>
                    <Button size="small" onClick={() => retire(d)}>
                      Take off the list
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
