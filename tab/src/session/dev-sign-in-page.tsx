import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  SearchBox,
  Spinner,
  Text,
  Title1,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { callApi, type DevPerson } from '../api/api-client';
import { roleSummary } from './role-summary';

const useStyles = makeStyles({
  page: {
    maxWidth: '56rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXXL,
    display: 'grid',
    gap: tokens.spacingVerticalL,
  },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
});

const SHOWN = 40;

/** Local mode: choose one of the seeded demo people to sign in as. */
export function DevSignInPage({ onToken }: { onToken: (token: string) => void }) {
  const styles = useStyles();
  const [people, setPeople] = useState<DevPerson[]>();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();

  useEffect(() => {
    callApi<DevPerson[]>('/api/dev/people').then(setPeople, (e: Error) => setError(e.message));
  }, []);

  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (people ?? []).filter((p) => {
      const haystack = `${p.displayName} ${p.email} ${p.jobTitle ?? ''} ${roleSummary(p.roles)}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
  }, [people, query]);

  const signIn = async (person: DevPerson) => {
    try {
      const { token } = await callApi<{ token: string }>('/api/dev/token', {
        method: 'POST',
        body: { email: person.email },
      });
      onToken(token);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <main className={styles.page}>
      <Title1 as="h1" block>
        Sign in to Communities of Schools
      </Title1>
      <MessageBar intent="warning">
        <MessageBarBody>
          Local mode with demo data: choose one of the invented people below. In Teams and Outlook you are signed in
          with your Microsoft 365 account.
        </MessageBarBody>
      </MessageBar>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Search by name, school, community or role">
        <SearchBox
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          placeholder="for example: chair Dartford"
        />
      </Field>
      {!people && !error && <Spinner label="Loading people…" />}
      {people && (
        <Text>
          {matches.length} of {people.length} people{matches.length > SHOWN ? `, first ${SHOWN} shown` : ''}
        </Text>
      )}
      <ul className={styles.list} aria-label="People you can sign in as">
        {matches.slice(0, SHOWN).map((person) => (
          <li key={person.email}>
            <Card size="small">
              <CardHeader
                header={<Text weight="semibold">{person.displayName}</Text>}
                description={<Text size={200}>{roleSummary(person.roles) || person.jobTitle}</Text>}
                action={
                  <Button
                    appearance="primary"
                    onClick={() => void signIn(person)}
                    aria-label={`Sign in as ${person.displayName}`}
                  >
                    Sign in
                  </Button>
                }
              />
              {person.roles.length > 1 && <Badge appearance="tint">{person.roles.length} roles</Badge>}
            </Card>
          </li>
        ))}
      </ul>
    </main>
  );
}
