import { describe, expect, it } from 'vitest';
import { servicesOver } from './harness';
import { OP_NAMES } from '../../../shared/contract/operations';

describe('the dispatcher in front of the services', () => {
  it('has a handler for every operation of the contract', () => {
    const { handlers } = servicesOver();
    expect(Object.keys(handlers).sort()).toEqual([...OP_NAMES].sort());
  });

  it('refuses an operation the contract does not list', async () => {
    const { refused } = servicesOver();
    const r = await refused('rooms.explode', {});
    expect(r.error).toMatchObject({ code: 'unknown-operation', message: 'There is no operation called "rooms.explode".' });
    expect(r.after).toEqual(r.before);
  });

  it('refuses malformed input before a handler runs, naming the field', async () => {
    const { refused } = servicesOver();
    const r = await refused('rooms.delete', { id: 42 });
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.message).toMatch(/^The request for rooms\.delete is not valid: id: /);
    expect(r.after).toEqual(r.before);
  });

  it('refuses fields the operation does not take', async () => {
    const { refused } = servicesOver();
    const r = await refused('rooms.delete', { id: 'r-aar-1', force: true });
    expect(r.error.message).toMatch(/rooms\.delete is not valid: .*force/);
    expect(r.after.rooms).toHaveLength(2);
  });

  it('refuses a negative closure index', async () => {
    const { refused } = servicesOver();
    const r = await refused('closures.delete', { index: -1 });
    expect(r.error.message).toMatch(/^The request for closures\.delete is not valid: index: /);
  });
});
