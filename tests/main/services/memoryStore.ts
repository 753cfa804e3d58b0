// The store's stand-in for service tests: the same in-memory store the command
// line uses for --file, which validates every change (schema + integrity) as the
// real store does and keeps the previous plan when a change is refused.
export { createMemoryStore, type MemoryStore } from '../../../main/services/memoryStore';
