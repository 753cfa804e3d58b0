// VS Code's rule: main checks who sent each message. Only the top frame of our
// own renderer page may call the contract; a destroyed frame, an iframe or any
// other page is refused.
import type { IpcMainInvokeEvent } from 'electron';
import { isRendererUrl } from './rendererOrigin';

type SenderFrame = { url: string; parent: unknown } | null | undefined;

export function isTrustedFrame(frame: SenderFrame): boolean {
  if (frame === null || frame === undefined) return false;
  return frame.parent === null && isRendererUrl(frame.url);
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isTrustedFrame(event.senderFrame);
}
