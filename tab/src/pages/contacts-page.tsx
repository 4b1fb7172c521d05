import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  makeStyles,
  SearchBox,
  Subtitle2,
  Text,
  Title2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePagedApi } from '../api/use-paged-api';
import { LoadState } from '../components/load-state';
import { ShowMore } from '../components/show-more';
import { openExternal } from '../host/open-external';
import { useSession } from '../session/session-context';

/** A PRG practitioner as the API returns them. */
interface Contact {
  personId: string;
  name: string;
  jobTitle: string | null;
  email: string;
  phone: string | null;
  serviceName: string;
  communities: { id: string; name: string }[];
  linkedToMe: boolean;
}

/** A PRG service as the API returns it. */
interface Service {
  id: string;
  name: string;
  description: string;
  needs: string[];
  email: string;
  phone: string;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
    padding: 0,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { marginBlockStart: tokens.spacingVerticalXL },
  service: { marginBlockStart: tokens.spacingVerticalL },
});

/** The Professional Resource Group: my community's link practitioners first, searchable by name, service or need. */
export function ContactsPage() {
  const styles = useStyles();
  // A card's "Search contacts" link opens the page already searching (…/contacts?q=educational psychologist).
  const [searchParams] = useSearchParams();
  const [query, setQuery] = useState(() => searchParams.get('q')?.slice(0, 100) ?? '');
  const deferred = useDeferredValue(query.trim());
  const read = usePagedApi<Contact, { services: Service[] }>(`/api/prg/contacts?q=${encodeURIComponent(deferred)}`);
  const contacts = read.items;
  const services = read.firstPage?.services ?? [];
  const mine = contacts.filter((c) => c.linkedToMe);
  const others = contacts.filter((c) => !c.linkedToMe);

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Contacts
      </Title2>
      <Text as="p" block>
        Professional Resource Group teams can be contacted directly: you do not need to go through the community, and no
        diagnosis or referral is needed.
      </Text>
      <Field label="Search by name, service or need">
        <SearchBox
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder="for example: speech, sensory, Hartley"
        />
      </Field>
      <LoadState
        loading={read.loading && !read.firstPage}
        error={read.error}
        empty={read.firstPage !== undefined && contacts.length === 0}
        loadingLabel="Loading contacts…"
      >
        No one matches "{deferred}". Try a service (for example "occupational") or a need.
      </LoadState>
      {mine.length > 0 && (
        <ContactList title="Your community's link practitioners" contacts={mine} className={styles.section} />
      )}
      {others.length > 0 && (
        <section className={styles.section} aria-labelledby="others-title">
          <Title3 as="h2" block id="others-title">
            {mine.length > 0 ? 'Other practitioners, by service' : 'Practitioners, by service'}
          </Title3>
          {byService(others).map(([service, list]) => (
            <ContactList key={service} title={service} contacts={list} className={styles.service} level="h3" />
          ))}
        </section>
      )}
      <ShowMore read={read} what="practitioners" />
      {services.length > 0 && (
        <section className={styles.section} aria-labelledby="services-title">
          <Title3 as="h2" block id="services-title">
            Services
          </Title3>
          <ul className={styles.grid}>
            {services.map((s) => (
              <li key={s.id} style={{ listStyle: 'none' }}>
                <Card>
                  <CardHeader
                    header={<Text weight="semibold">{s.name}</Text>}
                    description={<Text size={200}>{s.needs.join(' · ')}</Text>}
                  />
                  <Text size={200}>{s.description}</Text>
                  <ContactActions email={s.email} phone={s.phone} label={s.name} />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** Practitioners under their services, in the order the API sends them (by service, then name). */
function byService(contacts: Contact[]): [string, Contact[]][] {
  const groups = new Map<string, Contact[]>();
  for (const c of contacts) groups.set(c.serviceName, [...(groups.get(c.serviceName) ?? []), c]);
  return [...groups];
}

function ContactList({
  title,
  contacts,
  className,
  level = 'h2',
}: {
  title: string;
  contacts: Contact[];
  className: string;
  level?: 'h2' | 'h3';
}) {
  const styles = useStyles();
  const id = title.toLowerCase().replace(/[^a-z]+/g, '-');
  const Heading = level === 'h2' ? Title3 : Subtitle2;
  return (
    <section className={className} aria-labelledby={id}>
      <Heading as={level} block id={id}>
        {title}
      </Heading>
      <ul className={styles.grid}>
        {contacts.map((c) => (
          <li key={c.personId} style={{ listStyle: 'none' }}>
            <Card>
              <CardHeader
                header={<Text weight="semibold">{c.name}</Text>}
                description={<Text size={200}>{c.jobTitle ?? c.serviceName}</Text>}
                action={c.linkedToMe ? <Badge appearance="tint">Your link</Badge> : undefined}
              />
              <Text size={200}>
                {c.serviceName}. Links with{' '}
                {c.communities.map((x) => x.name.replace(' Community of Schools', '')).join(', ')}.
              </Text>
              <ContactActions email={c.email} phone={c.phone} label={c.name} chat />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ContactActions({
  email,
  phone,
  label,
  chat = false,
}: {
  email: string;
  phone: string | null;
  label: string;
  chat?: boolean;
}) {
  const styles = useStyles();
  const { hosted } = useSession();
  const chatUrl = `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
  return (
    <div className={styles.actions}>
      {chat && (
        <Button
          size="small"
          appearance="primary"
          onClick={() => openExternal(chatUrl, hosted)}
          aria-label={`Chat with ${label} in Teams`}
        >
          Chat
        </Button>
      )}
      <Button size="small" as="a" href={`mailto:${email}`} aria-label={`Email ${label}`}>
        Email
      </Button>
      {phone && (
        <Button size="small" as="a" href={`tel:${phone.replace(/\s+/g, '')}`} aria-label={`Call ${label} on ${phone}`}>
          Call
        </Button>
      )}
    </div>
  );
}
