import { PageNotReady } from '../components/page-not-ready';

/** The Budget page. */
export function BudgetPage() {
  return (
    <PageNotReady
      title="Budget"
      whatItWillShow="This page will show your community's allocation, protections, pot, what is committed and what remains."
    />
  );
}
