import { PageNotReady } from '../components/page-not-ready';

/** The Requests page. */
export function RequestsPage() {
  return <PageNotReady title="Requests" whatItWillShow="This page will show funding requests and their decisions." />;
}
