import { MessageBar, MessageBarBody, MessageBarTitle, Title2 } from '@fluentui/react-components';

/** An honest placeholder for a page whose data the service does not hold yet. */
export function PageNotReady({ title, whatItWillShow }: { title: string; whatItWillShow: string }) {
  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        {title}
      </Title2>
      <MessageBar intent="info" style={{ marginTop: '1rem' }}>
        <MessageBarBody>
          <MessageBarTitle>Not available yet</MessageBarTitle>
          {whatItWillShow} Until then, contact localitymodel@kent.gov.uk.
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
