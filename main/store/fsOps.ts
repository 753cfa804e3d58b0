// The file-system calls a save makes, behind an interface so a test can record
// their order: a kill -9 test cannot see a missing fsync, a recorded call list can.
import { promises as fsp } from 'node:fs';

export interface FileHandleLike {
  writeFile(data: string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FsOps {
  /** 'wx' creates a new file and fails when it exists; 'r' opens for reading (used on folders to fsync them). */
  open(path: string, flags: 'wx' | 'r'): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<string>;
}

export const nodeFsOps: FsOps = {
  async open(path, flags) {
    const handle = await fsp.open(path, flags);
    return {
      writeFile: (data) => handle.writeFile(data, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readFile: (path) => fsp.readFile(path, 'utf8'),
};

export function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** A file's text, or null when there is no such file. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw e;
  }
}
