import { PageNotReady } from '../components/page-not-ready';

/** The FAQ page. */
export function FaqPage() {
  return (
    <PageNotReady
      title="FAQ"
      whatItWillShow="This page will let you search the published answers to schools' questions."
    />
  );
}
