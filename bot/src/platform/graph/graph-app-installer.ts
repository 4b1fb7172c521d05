import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppInstallerPort, InstallOutcome, ReachablePerson } from '../outbox/reach/reach-ports';

/** Where the app is, and in which tenant it may be installed for people. */
export interface InstallSettings {
  /** The tenant the app is published in (the council's): only its people can have it installed for them. */
  tenantId: string;
  /** The app's manifest id (its `externalId` in the tenant's app catalog). */
  manifestAppId: string;
  /** Graph's origin, for the catalog reference of an install. */
  graphBaseUrl: string;
}

const statusOf = (error: unknown) => (error as { statusCode?: number }).statusCode ?? 0;

/**
 * Installs the app in a person's personal scope through Graph (`TeamsAppInstallation.ReadWriteSelfForUser.All`), as
 * Company Communicator does, and finds the bot's 1:1 chat that the installation opens.
 */
export class GraphAppInstaller implements AppInstallerPort {
  private catalogId: Promise<string | undefined> | undefined;

  constructor(
    private readonly client: Client,
    private readonly settings: InstallSettings,
  ) {}

  canInstallFor(person: ReachablePerson): boolean {
    return person.tenantId === this.settings.tenantId && Boolean(person.aadObjectId);
  }

  async install(person: ReachablePerson): Promise<InstallOutcome> {
    const catalogId = await this.catalogAppId();
    if (!catalogId) return { status: 'refused', reason: "The app is not in the tenant's app catalog." };
    const user = `/users/${encodeURIComponent(person.aadObjectId ?? '')}/teamwork/installedApps`;
    let installation = await this.installationOf(user, catalogId);
    if (!installation) {
      try {
        await this.client.api(user).post({
          'teamsApp@odata.bind': `${this.settings.graphBaseUrl}/v1.0/appCatalogs/teamsApps/${catalogId}`,
        });
      } catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404)
          return { status: 'refused', reason: `${status}: installing the app was refused` };
        if (status !== 409) throw error; // 409: installed meanwhile; anything else is worth another try.
      }
      installation = await this.installationOf(user, catalogId);
      if (!installation) return { status: 'pending', reason: 'The app was installed; Teams has not listed it yet.' };
    }
    try {
      const chat = (await this.client.api(`${user}/${encodeURIComponent(installation)}/chat`).get()) as { id?: string };
      if (chat.id) return { status: 'chat', chatId: chat.id };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    return { status: 'pending', reason: 'The app was installed; Teams has not opened the chat yet.' };
  }

  /** The app's id in the tenant's catalog, looked up once by its manifest id. */
  private catalogAppId(): Promise<string | undefined> {
    this.catalogId ??= this.client
      .api('/appCatalogs/teamsApps')
      .filter(`externalId eq '${this.settings.manifestAppId.replace(/'/g, "''")}'`)
      .get()
      .then((answer: { value?: { id: string }[] }) => answer.value?.[0]?.id)
      .catch((error) => {
        this.catalogId = undefined;
        throw error;
      });
    return this.catalogId;
  }

  private async installationOf(user: string, catalogId: string): Promise<string | undefined> {
    const answer = (await this.client
      .api(user)
      .expand('teamsApp')
      .filter(`teamsApp/id eq '${catalogId.replace(/'/g, "''")}'`)
      .get()) as { value?: { id: string }[] };
    return answer.value?.[0]?.id;
  }
}
