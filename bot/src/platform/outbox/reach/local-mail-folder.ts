import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MailerPort, MailOutcome, OutgoingMail } from './reach-ports';

/** The name of the file a local email is written to: when, then to whom, safe on every file system. */
const fileName = (mail: OutgoingMail, at: number) =>
  `${new Date(at).toISOString().replace(/[:.]/g, '-')}-${mail.to.email.replace(/[^a-z0-9.@-]/gi, '_')}.html`;

/**
 * Email on a developer's machine: each message is an HTML file in a folder (open it in a browser), with who it is to
 * and its subject at the top. Nothing leaves the machine.
 */
export class LocalMailFolder implements MailerPort {
  private sequence = 0;

  constructor(
    private readonly folder: string,
    private readonly clock: () => number = Date.now,
  ) {}

  async send(mail: OutgoingMail): Promise<MailOutcome> {
    await mkdir(this.folder, { recursive: true });
    const header = `<!-- To: ${mail.to.name} <${mail.to.email}>\n     Subject: ${mail.subject} -->\n`;
    const file = path.join(this.folder, `${String(this.sequence++).padStart(4, '0')}-${fileName(mail, this.clock())}`);
    await writeFile(file, header.replace(/--(?!>)/g, '- -') + mail.html, 'utf8');
    return { status: 'sent' };
  }
}
