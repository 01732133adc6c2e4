import { z } from 'zod';
import {
  ipcRequests,
  type IpcChannel,
  type IpcRequest,
  type IpcResponses,
} from '../../shared/ipc-contract.ts';
import { isAppUrl, type AppLocation } from './security.ts';

/** What a handler learns about who called: the frame that sent the request (`null` if gone). */
export type IpcInvokeEventLike = { senderFrame: { url: string } | null };

/** The part of Electron's `ipcMain` used here; tests pass a recording fake. */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
};

/** A typed handler: it only ever sees a request that passed the channel's schema. */
export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
) => Promise<IpcResponses[C]> | IpcResponses[C];

/** One handler per channel of the contract; a missing channel is a type error. */
export type IpcRoutes = { [C in IpcChannel]: IpcHandler<C> };

/** Thrown back to the renderer when a request is refused; the message says why. */
export class IpcRequestError extends Error {
  override name = 'IpcRequestError';
}

/**
 * Registers `fn` for `channel` behind the two checks every request must pass (STYLE.md §3):
 *
 * 1. the sender frame is the app's own page (bundled `index.html` or the dev server), so a
 *    frame that somehow loaded foreign content cannot reach the file system;
 * 2. the payload parses with the channel's schema from the contract, so `fn` is called with
 *    a typed value and never with whatever the renderer sent.
 *
 * A refused request rejects the renderer's promise with an {@link IpcRequestError}.
 */
export function handle<C extends IpcChannel>(
  ipcMain: IpcMainLike,
  location: AppLocation,
  channel: C,
  fn: IpcHandler<C>,
): void {
  // The contract maps each channel to a schema of exactly its request type; TypeScript cannot
  // follow a generic index into a const object, so the pairing is restated once here.
  const schema = ipcRequests[channel] as unknown as z.ZodType<IpcRequest<C>>;
  ipcMain.handle(channel, async (event, ...args) => {
    const url = event.senderFrame?.url;
    if (url === undefined || !isAppUrl(url, location)) {
      throw new IpcRequestError(
        `Refused "${channel}": the sender (${url ?? 'a closed frame'}) is not the TraceReady window.`,
      );
    }
    // Every channel takes at most one argument; extra ones mean a caller we did not write.
    if (args.length > 1) {
      throw new IpcRequestError(`Invalid request for "${channel}": expected one argument.`);
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      throw new IpcRequestError(
        `Invalid request for "${channel}": ${z.prettifyError(parsed.error)}`,
      );
    }
    return fn(parsed.data);
  });
}

/** Registers every channel of the contract with its route. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  location: AppLocation,
  routes: IpcRoutes,
): void {
  const register = <C extends IpcChannel>(channel: C): void =>
    handle(ipcMain, location, channel, routes[channel]);
  for (const channel of Object.keys(ipcRequests) as IpcChannel[]) register(channel);
}
