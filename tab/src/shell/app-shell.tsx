import { Button, makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { type ReactElement, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import type { ApiRole } from '../api/api-client';
import { useSession } from '../session/session-context';
import { lazyPages } from './lazy-pages';

/** The pages of the tab, each at its own deep-linkable path; some only for the roles named. */
const pages: { path: string; title: string; element: ReactElement; for?: ApiRole['role'][] }[] = [
  { path: '/budget', title: 'Budget', element: <lazyPages.budget.Page /> },
  { path: '/contacts', title: 'Contacts', element: <lazyPages.contacts.Page /> },
  { path: '/meetings', title: 'Meetings', element: <lazyPages.meetings.Page /> },
  { path: '/agenda', title: 'Agenda', element: <lazyPages.agenda.Page />, for: ['chair', 'officer'] },
  { path: '/requests', title: 'Requests', element: <lazyPages.requests.Page /> },
  { path: '/questions', title: 'Questions', element: <lazyPages.questions.Page />, for: ['officer'] },
  { path: '/faq', title: 'FAQ', element: <lazyPages.faq.Page /> },
  { path: '/documents', title: 'Documents', element: <lazyPages.documents.Page /> },
  { path: '/events', title: 'Events', element: <lazyPages.events.Page /> },
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
        <Suspense fallback={<Spinner label="Loading the page…" />}>
          <Routes>
            {mine.map((p) => (
              <Route key={p.path} path={p.path} element={p.element} />
            ))}
            <Route path="/config" element={<lazyPages.config.Page />} />
            <Route path="*" element={<Navigate to="/budget" replace />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
