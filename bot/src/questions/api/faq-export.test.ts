import { inflateRawSync } from 'node:zlib';
import { signInAs } from '../../../../test/support/api-client';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { everyItem } from '../../../../test/support/every-item';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

/** The text of word/document.xml inside a .docx (a ZIP), read from its local file headers. */
function wordDocumentXml(docx: Buffer): string {
  for (let at = 0; at + 30 < docx.length; ) {
    if (docx.readUInt32LE(at) !== 0x04034b50) break;
    const method = docx.readUInt16LE(at + 8);
    const size = docx.readUInt32LE(at + 18);
    const nameLength = docx.readUInt16LE(at + 26);
    const extra = docx.readUInt16LE(at + 28);
    const name = docx.subarray(at + 30, at + 30 + nameLength).toString();
    const data = docx.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    if (name === 'word/document.xml') return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 30 + nameLength + extra + size;
  }
  throw new Error('word/document.xml not found');
}

describe('exporting the published FAQ for KELSI', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('gives Markdown grouped by theme, with every published entry', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('representative').email);
    const published = (await everyItem(api, '/api/faq')).length;
    const md = await api.call('GET', '/api/faq/export?format=md');
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.text.startsWith('# Locality Model for School Inclusion: frequently asked questions\n')).toBe(true);
    expect(published).toBeGreaterThan(0);
    expect(md.text.match(/^### /gm)?.length).toBeGreaterThanOrEqual(published);
    expect(md.text.match(/^## /gm)?.length).toBeGreaterThan(1);
  });

  it('gives a Word document with the same questions', async () => {
    const api = await signInAs(service.baseUrl, demoPersonWith('officer').email);
    const md = (await api.call('GET', '/api/faq/export?format=md')).text;
    const response = await fetch(`${service.baseUrl}/api/faq/export?format=docx`, {
      headers: {
        authorization: `Bearer ${(await (await fetch(`${service.baseUrl}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demoPersonWith('officer').email }) })).json()).token}`,
      },
    });
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const xml = wordDocumentXml(Buffer.from(await response.arrayBuffer()));
    const firstQuestion = /^### (.+)$/m.exec(md)?.[1] ?? '';
    expect(xml).toContain(
      firstQuestion.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;').slice(0, 30),
    );
    expect((await api.call('GET', '/api/faq/export?format=pdf')).status).toBe(400);
  });
});
