import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useApi } from '../api/use-api';
import { formatDateTime } from './dates';
import { LoadState } from './load-state';

/** One booking as GET /api/events/{id}/attendees lists it. */
interface Attendee {
  name: string;
  email: string;
  school: string | null;
  status: 'booked' | 'waiting';
  position: number | null;
  bookedAt: string;
}

const COLUMNS = ['Name', 'Email', 'School', 'Place', 'Booked'];

/** For officers: who has a place at an event, then who is waiting, in the order places come free. */
export function EventAttendees({ eventId, title }: { eventId: string; title: string }) {
  const read = useApi<{ items: Attendee[] }>(`/api/events/${eventId}/attendees`);
  const items = read.data?.items ?? [];
  const ordered = [
    ...items.filter((a) => a.status === 'booked'),
    ...items.filter((a) => a.status === 'waiting').sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
  ];
  return (
    <>
      <LoadState
        loading={read.loading && !read.data}
        error={read.error}
        empty={read.data !== undefined && items.length === 0}
        loadingLabel="Loading who booked…"
      >
        Nobody has booked a place yet.
      </LoadState>
      {ordered.length > 0 && (
        <Table aria-label={`Attendees of ${title}`} size="small">
          <TableHeader>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ordered.map((a) => (
              <TableRow key={a.email}>
                <TableCell>{a.name}</TableCell>
                <TableCell>{a.email}</TableCell>
                <TableCell>{a.school ?? '—'}</TableCell>
                <TableCell>{a.status === 'booked' ? 'Booked' : `Waiting, number ${a.position}`}</TableCell>
                <TableCell>{formatDateTime(a.bookedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
