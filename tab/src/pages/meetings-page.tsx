import { PageNotReady } from '../components/page-not-ready';

/** The Meetings page. */
export function MeetingsPage() {
  return (
    <PageNotReady
      title="Meetings"
      whatItWillShow="This page will list your community's meetings with their Teams join links."
    />
  );
}
