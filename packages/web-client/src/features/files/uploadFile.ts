/** What the upload route answers: the stored document, or why it was refused. */
export type UploadOutcome = { ok: true; name: string } | { ok: false; message: string };

interface UploadAnswer {
  document?: { id: string; name: string; version: number };
  error?: { code: string; message: string };
}

function isUploadAnswer(value: unknown): value is UploadAnswer {
  return typeof value === 'object' && value !== null && ('document' in value || 'error' in value);
}

/**
 * Sends one file as the raw body of a POST (XMLHttpRequest, for its upload progress). Never
 * rejects: a refusal or a network failure comes back as a sentence to show.
 */
export function uploadFile(url: string, file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.withCredentials = true;
    // The server refuses uploads without this header, which a form on another site cannot send.
    request.setRequestHeader('x-atrium-upload', '1');
    request.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let answer: unknown;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        answer = null;
      }
      if (request.status >= 200 && request.status < 300 && isUploadAnswer(answer) && answer.document) resolve({ ok: true, name: answer.document.name });
      else if (isUploadAnswer(answer) && answer.error) resolve({ ok: false, message: answer.error.message });
      else if (request.status === 413) resolve({ ok: false, message: `${file.name} is too large.` });
      else resolve({ ok: false, message: `${file.name} could not be added. Please try again.` });
    };
    request.onerror = () => resolve({ ok: false, message: `${file.name} could not be added: check your connection and try again.` });
    request.onabort = () => resolve({ ok: false, message: `Adding ${file.name} was stopped.` });
    request.send(file);
  });
}
