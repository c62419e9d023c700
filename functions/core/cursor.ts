import { DomainError } from './errors';

/**
 * Page cursors are the DynamoDB key of the last item returned, base64url-encoded. On the way back in
 * they are checked against the partition being queried, so a cursor cannot steer a query elsewhere.
 */
export type PageKey = Record<string, string>;

export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, expected: { attributes: string[]; partition: [string, string] }): PageKey {
  const invalid = () => new DomainError('invalid', 'invalid_cursor');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!key || typeof key !== 'object' || Array.isArray(key)) throw invalid();
  const entries = Object.entries(key);
  const names = entries.map(([k]) => k).sort();
  if (names.join() !== [...expected.attributes].sort().join()) throw invalid();
  if (entries.some(([, v]) => typeof v !== 'string')) throw invalid();
  const [attr, value] = expected.partition;
  if ((key as PageKey)[attr] !== value) throw invalid();
  return key as PageKey;
}
