/**
 * The dashboard's address names the open event (`#event=<id>`). The hash is
 * anyone's to write (a link, a bookmark): a malformed one (`%E0%A4%A`) or a
 * huge one opens no event, and never stops the dashboard from showing.
 */
const MAX_ID = 200;

export function eventIdFromHash(hash: string): string | null {
  const m = /^#event=(.+)$/.exec(hash);
  if (!m || m[1].length > MAX_ID * 3) return null;
  try {
    const id = decodeURIComponent(m[1]);
    return id.length <= MAX_ID ? id : null;
  } catch {
    return null;
  }
}

export function hashForEvent(id: string | null): string {
  return id ? `event=${encodeURIComponent(id)}` : '';
}
