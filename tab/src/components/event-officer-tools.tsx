import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { downloadFile } from '../api/download-file';
import { useSession } from '../session/session-context';
import { EventAttendees } from './event-attendees';
import type { EventAction, EventRow } from './event-row';

/** What announcing did, as POST /api/events/{id}/announce answers. */
interface Announced {
  queued: number;
  alreadySent: number;
  withoutChat: number;
  delivered: number;
  failed: number;
}

const useStyles = makeStyles({
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What an announcement reached, in words: sent now, sent before, outside Teams so far, delivered and failed. */
function announcedNote(title: string, a: Announced): string {
  const before = a.alreadySent > 0 ? ` (${a.alreadySent} had it already)` : '';
  const outside =
    a.withoutChat > 0 ? ` ${a.withoutChat} have not opened the app in Teams yet: it reaches them by email.` : '';
  const progress = a.delivered + a.failed > 0 ? ` So far ${a.delivered} delivered, ${a.failed} failed.` : '';
  return `Announced "${title}" to ${a.queued} people${before}.${outside}${progress}`;
}

/** For officers, under an event: announce it in Teams, see who booked and who is waiting, and download that as CSV. */
export function EventOfficerTools({ event: e, act }: { event: EventRow; act: EventAction }) {
  const styles = useStyles();
  const { token } = useSession();
  const [showAttendees, setShowAttendees] = useState(false);
  const started = Date.parse(e.start) <= Date.now();

  const announce = () =>
    act(async () => {
      const sent = await callApi<Announced>(`/api/events/${e.id}/announce`, { token, method: 'POST' });
      return announcedNote(e.title, sent);
    }, 'Not announced');
  const downloadCsv = () =>
    act(async () => {
      await downloadFile(`/api/events/${e.id}/attendees?format=csv`, token, `event-${e.id}-attendees.csv`);
      return undefined;
    }, 'Not downloaded');

  return (
    <>
      <div className={styles.tools}>
        {!started && (
          <Button size="small" onClick={announce} aria-label={`Announce: ${e.title}`}>
            Announce
          </Button>
        )}
        <Button
          size="small"
          aria-expanded={showAttendees}
          aria-label={`Attendees of ${e.title}`}
          onClick={() => setShowAttendees((shown) => !shown)}
        >
          Attendees
        </Button>
        <Button size="small" onClick={downloadCsv} aria-label={`Download CSV: attendees of ${e.title}`}>
          Download CSV
        </Button>
      </div>
      {showAttendees && <EventAttendees eventId={e.id} title={e.title} />}
    </>
  );
}
