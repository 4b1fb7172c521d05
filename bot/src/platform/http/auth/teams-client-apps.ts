/**
 * The Microsoft clients that host the tab and ask Entra for its SSO token (the `azp` of the token). The app
 * registration pre-authorises exactly these (aad.manifest.json); a token any other client obtained is refused.
 */
export const TEAMS_AND_OUTLOOK_CLIENT_IDS: Readonly<Record<string, string>> = {
  'Teams desktop and mobile': '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  'Teams web': '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  'Microsoft 365 web': '4765445b-32c6-49b0-83e6-1d93765276ca',
  'Microsoft 365 web (Office.com)': '4345a7b9-9a63-4910-a426-35363201d503',
  'Microsoft 365 desktop': '0ec893e0-5785-4de6-99da-4ed124e5296c',
  'Microsoft 365 mobile and Outlook desktop': 'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  'Outlook web': 'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
  'Outlook (Exchange Online)': '00000002-0000-0ff1-ce00-000000000000',
  'Outlook mobile': '27922004-5251-4030-b22d-91ecd9a37ea4',
};
