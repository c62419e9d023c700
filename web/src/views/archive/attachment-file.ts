import { attachmentMaxBytes, attachmentTypes, type AttachmentType } from '#shared/attachments';

/**
 * Checks a chosen file against the archive's rules before asking to upload it, and settles its type:
 * the browser's own type when it is an allowed one that fits the name, else the one the name's
 * extension gives (browsers leave `type` empty for some files, e.g. .docx on some systems).
 */
export function checkAttachmentFile(file: { name: string; size: number; type: string }):
  | { ok: true; contentType: AttachmentType }
  | { ok: false; reason: 'type' | 'size' | 'empty' } {
  if (file.size <= 0) return { ok: false, reason: 'empty' };
  if (file.size > attachmentMaxBytes) return { ok: false, reason: 'size' };
  const lower = file.name.toLowerCase();
  const byName = (Object.entries(attachmentTypes) as [AttachmentType, readonly string[]][]).find(([, exts]) =>
    exts.some((ext) => lower.endsWith(ext)),
  )?.[0];
  if (!byName) return { ok: false, reason: 'type' };
  const declared = file.type as AttachmentType;
  return { ok: true, contentType: declared in attachmentTypes && attachmentTypes[declared].some((e) => lower.endsWith(e)) ? declared : byName };
}

/** The extensions a file picker offers. */
export const acceptedExtensions = Object.values(attachmentTypes).flat().join(',');

/** A size as people read it: `860 KB`, `3.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
