import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Em } from '../../db/orm.js';
import type { FileStorage } from '../../storage/file-storage.js';
import type { Firm } from '../firms/firm.entity.js';
import type { Matter } from '../matters/matter.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Document, DocumentVersion, Folder } from './document.entity.js';

/** A one-page PDF saying what it is, built by hand so the demo needs no file of its own. */
function demoPdf(title: string, line: string): Buffer {
  const text = `BT /F1 20 Tf 72 720 Td (${title}) Tj /F1 12 Tf 0 -32 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A shared folder with a shared document (stored for real) on the demo matter, and an internal draft. */
export async function seedDemoDocuments(em: Em, storage: FileStorage, demo: { firm: Firm; matter: Matter; staff: StaffUser; now: Date }): Promise<void> {
  const { firm, matter, staff, now } = demo;
  const folder = em.create(Folder, { firm, matter, name: 'Estate plan', sharedAt: now, sharedBy: staff, createdByStaff: staff });
  const files = [
    { name: 'Draft will.pdf', shared: true, line: 'Please read before our meeting.' },
    { name: 'Internal research notes.pdf', shared: false, line: 'Not shared with the client.' },
  ];
  for (const file of files) {
    const content = demoPdf(file.name.replace(/\.pdf$/, ''), file.line);
    const key = `firms/${firm.id}/documents/demo-${createHash('sha256').update(file.name).digest('hex').slice(0, 16)}`;
    await storage.put(key, Readable.from([content]), 'application/pdf');
    const document = em.create(Document, {
      firm,
      matter,
      folder,
      name: file.name,
      sharedAt: file.shared ? now : null,
      sharedBy: file.shared ? staff : null,
      uploadedByStaff: staff,
    });
    em.create(DocumentVersion, {
      document,
      number: 1,
      storageKey: key,
      fileName: file.name,
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedByStaff: staff,
    });
  }
}
