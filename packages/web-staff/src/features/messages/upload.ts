/** The outcome of sending one file to the server before the message that carries it. */
export type UploadOutcome = { ok: true; id: string; fileName: string } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Streams one file to an attachment address as the raw request body. The custom header is
 * what a cross-site form cannot send, so the server knows the upload comes from the app.
 */
export async function uploadAttachment(url: string, file: File): Promise<UploadOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-atrium-upload': '1', 'x-file-name': encodeURIComponent(file.name), 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && isRecord(body) && isRecord(body['attachment']) && typeof body['attachment']['id'] === 'string') {
      return { ok: true, id: body['attachment']['id'], fileName: file.name };
    }
    const error = isRecord(body) && isRecord(body['error']) && typeof body['error']['message'] === 'string' ? body['error']['message'] : null;
    return { ok: false, message: error ?? `${file.name} could not be uploaded (error ${response.status}).` };
  } catch {
    return { ok: false, message: `${file.name} could not be uploaded. Check your connection and try again.` };
  }
}

/** Uploads every file in turn; stops at the first refusal so the person can fix it. */
export async function uploadAll(url: string, files: readonly File[]): Promise<{ ok: true; ids: string[] } | { ok: false; message: string }> {
  const ids: string[] = [];
  for (const file of files) {
    const outcome = await uploadAttachment(url, file);
    if (!outcome.ok) return outcome;
    ids.push(outcome.id);
  }
  return { ok: true, ids };
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
