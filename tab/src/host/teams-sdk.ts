// The parts of teams-js the tab's start needs, in one module so that loading it lazily keeps teams-js tree-shaken.
export { app, authentication } from '@microsoft/teams-js';
