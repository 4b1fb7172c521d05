/** What the outbox needs to know of a person to reach them outside a stored chat. */
export interface ReachablePerson {
  personId: string;
  displayName: string;
  email: string;
  /** Their Entra tenant and object id, once they have signed in; unknown before. */
  tenantId: string | null;
  aadObjectId: string | null;
}

/** The people notifications are addressed to (the directory answers). */
export interface RecipientsPort {
  find(personId: string): Promise<ReachablePerson | undefined>;
}

/** What installing the app for a person gave: the bot's 1:1 chat with them, not yet, or a refusal. */
export type InstallOutcome =
  | { status: 'chat'; chatId: string }
  | { status: 'pending'; reason: string }
  | { status: 'refused'; reason: string };

/** Installs the app in a person's personal scope (Graph), so the bot can write to them first. */
export interface AppInstallerPort {
  /** Whether the app can be installed for this person: they are in a tenant the app is installed in. */
  canInstallFor(person: ReachablePerson): boolean;
  /** Installs the app for them (nothing happens when it is already there) and finds the bot's chat with them. */
  install(person: ReachablePerson): Promise<InstallOutcome>;
}

/** An email to one person. */
export interface OutgoingMail {
  to: { name: string; email: string };
  subject: string;
  html: string;
}

/** What sending an email gave. */
export type MailOutcome =
  | { status: 'sent' }
  | { status: 'retry'; afterMs: number; reason: string; notAttempted?: boolean }
  | { status: 'refused'; reason: string };

/** Sends email (Graph `sendMail` from the Locality Model mailbox, or a local folder). */
export interface MailerPort {
  send(mail: OutgoingMail): Promise<MailOutcome>;
}
