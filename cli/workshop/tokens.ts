import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { department } from '../../shared/model/schema.ts';

/**
 * Room capabilities of a live workshop: the room id and two random tokens — one for
 * participants, a separate one for the facilitator. 128 bits of crypto randomness each
 * (base64url, 22 characters): a token in a URL is the permission, so it must not be guessable.
 */
export type RoomSecrets = { roomId: string; participantToken: string; facilitatorToken: string };

/** A random base64url string of `bytes` bytes (default 16 = 128 bits). */
export const randomToken = (bytes = 16): string => randomBytes(bytes).toString('base64url');

export function newRoomSecrets(): RoomSecrets {
  return {
    roomId: randomToken(9),
    participantToken: randomToken(),
    facilitatorToken: randomToken(),
  };
}

/**
 * Room secrets as a store keeps them (`JSON.stringify(secrets)`), or null for a missing or
 * damaged value (the caller then makes new ones).
 */
export function parseRoomSecrets(text: string | null | undefined): RoomSecrets | null {
  try {
    const value = JSON.parse(text ?? '') as Partial<RoomSecrets>;
    return value.roomId && value.participantToken && value.facilitatorToken
      ? (value as RoomSecrets)
      : null;
  } catch {
    return null;
  }
}

/** Constant-time comparison of a presented token with the expected one. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What a client sends as its Hocuspocus `token`: `JSON.stringify(payload)`. Participants give
 * their name and department; the facilitator may give a name.
 */
export const tokenPayloadSchema = z.object({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200).optional(),
  department: department.optional(),
});
export type TokenPayload = z.infer<typeof tokenPayloadSchema>;

/** The payload of a client's token, or null if it is not one. */
export function parseTokenPayload(raw: string): TokenPayload | null {
  if (raw.length > 2000) return null;
  try {
    const parsed = tokenPayloadSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
