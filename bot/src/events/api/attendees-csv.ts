import type { Attendee } from '../app/ports';

/** A CSV cell: quoted, quotes doubled, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The attendee list as CSV (booked first, then the waiting list in order), for officers' registers. */
export function attendeesCsv(attendees: Attendee[]): string {
  const header = ['Name', 'Email', 'School', 'Status', 'Waiting list position', 'Booked at'];
  const rows = attendees.map((a) => [a.name, a.email, a.school, a.status, a.position, a.bookedAt]);
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
