// lowdb's own file adapter (steno) renames without fsync; this one makes every
// write durable before it resolves (see durableWrite.ts).
import type { Adapter } from 'lowdb';
import { errnoCode, nodeFsOps, type FsOps } from './fsOps';
import { writeFileDurably } from './durableWrite';

export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly serialise: (data: T) => string,
    private readonly parse: (text: string) => T,
    private readonly fs: FsOps = nodeFsOps,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return null;
      throw e;
    }
    return this.parse(text);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, this.serialise(data), this.fs);
  }
}
