/**
 * The workshop link a page was opened from — kept apart from the connection code so the editor's
 * start-up reads it without loading Yjs and Hocuspocus.
 */

/** What the workshop link says: `/?workshop=<roomId>&token=<token>`. */
export type WorkshopLink = { roomId: string; token: string };

/** The workshop link of this page, or null when the page was not opened from one. */
export function workshopLinkOf(search: string): WorkshopLink | null | 'incomplete' {
  const params = new URLSearchParams(search);
  const roomId = params.get('workshop');
  if (roomId === null) return null;
  const token = params.get('token');
  return roomId && token ? { roomId, token } : 'incomplete';
}
