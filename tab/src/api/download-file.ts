import { tokenAfterRefusal, usableToken } from './token-renewal';

/** Downloads an API file (e.g. an .ics calendar) with the bearer token, saving it under `fileName`. */
export async function downloadFile(path: string, token: string, fileName: string): Promise<void> {
  const send = async (bearer: string | undefined) => fetch(path, { headers: { authorization: `Bearer ${bearer}` } });
  let response = await send(await usableToken(token));
  const retryWith = response.status === 401 ? tokenAfterRefusal() : undefined;
  if (retryWith) response = await send(await retryWith);
  if (!response.ok) throw new Error(`The download failed (${response.status}).`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
