/** The same ceiling as the browser host's request body: a larger file would not fit through the API either. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The bytes to write: UTF-8 text, or the bytes of base64 content (checked: nothing but base64 is accepted). */
export function bytesToSave(options: { content?: unknown; encoding?: unknown } | undefined): Buffer {
  const content = String(options?.content ?? '');
  if (content.length > (MAX_FILE_BYTES * 4) / 3 + 4) throw new Error(`The file to save is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`);
  const encoding = options?.encoding ?? 'utf8';
  if (encoding === 'utf8') return Buffer.from(content, 'utf8');
  if (encoding !== 'base64' || !/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) {
    throw new Error('The picture to save is not valid base64 data; nothing was written.');
  }
  return Buffer.from(content, 'base64');
}

