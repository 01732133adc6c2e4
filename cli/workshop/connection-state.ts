import type { WorkshopRole } from '../../shared/workshop/session.ts';

/**
 * Per-connection limits of a workshop server (issue 13, "rate and size limits per connection").
 * A participant sends small updates (one vote, one answer); the facilitator may send larger ones
 * (a pasted logo, a regenerated plan). A connection over a limit is closed; the others go on.
 */
export type WorkshopLimits = {
  /** Largest WebSocket message of anyone, bytes (also the socket's `maxPayload`). */
  maxMessageBytes: number;
  /** Largest message of a participant, bytes. */
  maxParticipantMessageBytes: number;
  /** Sustained messages per second per connection (edits, awareness, sync). */
  messagesPerSecond: number;
  /** Messages a connection may send at once above the sustained rate. */
  burst: number;
};

export const DEFAULT_LIMITS: WorkshopLimits = {
  maxMessageBytes: 16 * 1024 * 1024,
  maxParticipantMessageBytes: 256 * 1024,
  messagesPerSecond: 40,
  burst: 200,
};

/** A token bucket: `take()` is false once the connection exceeds its rate. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly capacity: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** What the server knows about one client connection (kept in the Hocuspocus context). */
export type ConnectionState = {
  role: WorkshopRole;
  /** The name the client gave (the facilitator's may be empty). */
  name: string;
  bucket: TokenBucket;
  /** The awareness client id this connection speaks for (pinned on its first awareness). */
  awareness: { clientId?: number };
};

/** The key of {@link ConnectionState} in the Hocuspocus connection context. */
export const CONTEXT_KEY = 'traceready';

export function connectionStateOf(context: unknown): ConnectionState | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  return (context as Record<string, ConnectionState | undefined>)[CONTEXT_KEY];
}
