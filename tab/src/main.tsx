import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './root';
import { reloadAfterDeploy } from './shell/reload-after-deploy';

reloadAfterDeploy();
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
