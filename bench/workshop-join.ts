// How a simulated participant joins (cli/workshop/README.md): the room and participant token of
// the server, its name and department in the token payload, and its rater id from the server's
// `traceready:role` message.
import { TASK_FORCE_DEPARTMENTS } from '../shared/audit/project-facts.ts';
import type { Department } from '../shared/model/schema-fields.ts';
import type { Connection } from './workshop-participant.ts';

/** Where the simulated participants come from: the task force the model asks for, and finance. */
const DEPARTMENTS: readonly Department[] = [...TASK_FORCE_DEPARTMENTS, 'finance'];

export type ParticipantJoin = {
  syncUrl: string;
  roomId: string;
  token: string;
  raterIdOf: (connection: Connection) => Promise<string>;
};

type RoleMessage = { type: 'traceready:role'; role: { kind: string; raterId?: string } };

const isRoleMessage = (message: unknown): message is RoleMessage =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === 'traceready:role';

/** Resolves the rater id the server gave this participant in its role message. */
async function raterIdOf({ messages }: Connection): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 10) {
    const role = messages.find(isRoleMessage)?.role;
    if (role?.kind === 'participant' && role.raterId) return role.raterId;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the server sent no participant role');
}

/** The join of participant `name` (its department chosen by `index`). */
export function participantJoin(
  server: { syncUrl: string; roomId: string; participantToken: string },
  name: string,
  index = 0,
): ParticipantJoin {
  const department = DEPARTMENTS[index % DEPARTMENTS.length]!;
  return {
    syncUrl: server.syncUrl,
    roomId: server.roomId,
    token: JSON.stringify({ token: server.participantToken, name, department }),
    raterIdOf,
  };
}
