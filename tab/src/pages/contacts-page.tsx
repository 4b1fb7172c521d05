import { PageNotReady } from '../components/page-not-ready';

/** The Contacts page. */
export function ContactsPage() {
  return (
    <PageNotReady
      title="Contacts"
      whatItWillShow="This page will list the Professional Resource Group services and your community's link practitioners."
    />
  );
}
