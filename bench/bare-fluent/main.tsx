import { FluentProvider, Text, Title2, teamsLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

// The baseline for the tab's first render: React 19 and Fluent UI v9 rendering a heading and one figure.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={teamsLightTheme}>
      <Title2 as="h1">Budget</Title2>
      <Text data-testid="pot">£0.00</Text>
    </FluentProvider>,
  );
}
