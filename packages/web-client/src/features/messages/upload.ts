function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Sends files one by one, each as the raw body of its own request, before the message that
 * carries them; stops at the first refusal (too large, wrong type) with the server's words.
 */
export async function uploadFiles(url: string, files: readonly File[]): Promise<{ ok: true; ids: string[] } | { ok: false; message: string }> {
  const ids: string[] = [];
  for (const file of files) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        // The custom header is what a form on another site cannot send.
        headers: { 'x-atrium-upload': '1', 'x-file-name': encodeURIComponent(file.name), 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok && isRecord(body) && isRecord(body['attachment']) && typeof body['attachment']['id'] === 'string') {
        ids.push(body['attachment']['id']);
        continue;
      }
      const message = isRecord(body) && isRecord(body['error']) && typeof body['error']['message'] === 'string' ? body['error']['message'] : `${file.name} could not be uploaded.`;
      return { ok: false, message };
    } catch {
      return { ok: false, message: `${file.name} could not be uploaded. Check your internet connection and try again.` };
    }
  }
  return { ok: true, ids };
}
