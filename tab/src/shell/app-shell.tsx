import { Button, makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { lazy, type ReactElement, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import type { ApiRole } from '../api/api-client';
import { useSession } from '../session/session-context';

const AgendaPage = lazy(() => import('../pages/agenda-page').then((m) => ({ default: m.AgendaPage })));
const BudgetPage = lazy(() => import('../pages/budget-page').then((m) => ({ default: m.BudgetPage })));
const ContactsPage = lazy(() => import('../pages/contacts-page').then((m) => ({ default: m.ContactsPage })));
const MeetingsPage = lazy(() => import('../pages/meetings-page').then((m) => ({ default: m.MeetingsPage })));
const RequestsPage = lazy(() => import('../pages/requests-page').then((m) => ({ default: m.RequestsPage })));
const QuestionsPage = lazy(() => import('../pages/questions-page').then((m) => ({ default: m.QuestionsPage })));
const FaqPage = lazy(() => import('../pages/faq-page').then((m) => ({ default: m.FaqPage })));
const DocumentsPage = lazy(() => import('../pages/documents-page').then((m) => ({ default: m.DocumentsPage })));
const EventsPage = lazy(() => import('../pages/events-page').then((m) => ({ default: m.EventsPage })));
const ChannelConfigPage = lazy(() =>
  import('../pages/channel-config-page').then((m) => ({ default: m.ChannelConfigPage })),
);

/** The pages of the tab, each at its own deep-linkable path; some only for the roles named. */
const pages: { path: string; title: string; element: ReactElement; for?: ApiRole['role'][] }[] = [
  { path: '/budget', title: 'Budget', element: <BudgetPage /> },
  { path: '/contacts', title: 'Contacts', element: <ContactsPage /> },
  { path: '/meetings', title: 'Meetings', element: <MeetingsPage /> },
  { path: '/agenda', title: 'Agenda', element: <AgendaPage />, for: ['chair', 'officer'] },
  { path: '/requests', title: 'Requests', element: <RequestsPage /> },
  { path: '/questions', title: 'Questions', element: <QuestionsPage />, for: ['officer'] },
  { path: '/faq', title: 'FAQ', element: <FaqPage /> },
  { path: '/documents', title: 'Documents', element: <DocumentsPage /> },
  { path: '/events', title: 'Events', element: <EventsPage /> },
];

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'grid' },
  main: { padding: tokens.spacingHorizontalXL },
});

/** The signed-in frame: who you are, the page navigation and the current page. */
export function AppShell({ hosted }: { hosted: boolean }) {
  const styles = useStyles();
  const { me, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const mine = pages.filter((p) => !p.for || me.roles.some((r) => p.for?.includes(r.role)));
  const current = mine.find((p) => location.pathname.startsWith(p.path))?.path ?? '/budget';

  return (
    <>
      <header className={styles.header}>
        <div className={styles.who} data-testid="signed-in-person">
          <Text weight="semibold" size={400}>
            {me.displayName}
          </Text>
          <Text size={200}>{me.roles.map((r) => r.label).join(' · ') || 'No role yet'}</Text>
        </div>
        {!hosted && signOut && (
          <Button appearance="subtle" onClick={signOut}>
            Sign in as someone else
          </Button>
        )}
      </header>
      <nav aria-label="Pages">
        <TabList selectedValue={current} onTabSelect={(_, data) => navigate(String(data.value))}>
          {mine.map((p) => (
            <Tab key={p.path} value={p.path}>
              {p.title}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        <Suspense fallback={<Spinner label="Loading…" />}>
          <Routes>
            {mine.map((p) => (
              <Route key={p.path} path={p.path} element={p.element} />
            ))}
            <Route path="/config" element={<ChannelConfigPage />} />
            <Route path="*" element={<Navigate to="/budget" replace />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
