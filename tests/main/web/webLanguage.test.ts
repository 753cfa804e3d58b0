// Browser mode's own refusals (before any operation runs) follow the language the
// UI told the services, like every other refusal; the code stays the same and
// nothing reaches the plan.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services/index';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { createMemoryStore } from '../services/memoryStore';
import { smallPlan } from '../services/fixtures';

const opened: WebServer[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await Promise.all(folders.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function serverWithStore() {
  const store = createMemoryStore(smallPlan());
  const dir = await mkdtemp(join(tmpdir(), 'holdplan-web-language-'));
  folders.push(dir);
  const server = await startWebServer({ handlers: createServices(store), staticDir: dir, maxBodyBytes: 1024 });
  opened.push(server);
  const call = async (name: string, body: string) => {
    const reply = await fetch(new URL(`/api/${name}`, server.url), { method: 'POST', body, headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' } });
    return { status: reply.status, envelope: (await reply.json()) as { ok: boolean; error?: { code: string; message: string } } };
  };
  return { store, call };
}

describe('browser mode refusals in the planner language', () => {
  it('refuses a too large request and one that is not JSON in Danish after the UI says da, in English before', async () => {
    const { store, call } = await serverWithStore();
    const before = structuredClone(store.read());
    const large = JSON.stringify({ plan: 'x'.repeat(5000) });

    const en = await call('plan.import', large);
    expect(en.status).toBe(413);
    expect(en.envelope.error).toEqual(expect.objectContaining({ code: 'invalid-input', message: 'The request is larger than 1 KB.' }));

    expect((await call('app.setLanguage', JSON.stringify({ language: 'da' }))).envelope.ok).toBe(true);
    const da = await call('plan.import', large);
    expect(da.status).toBe(413);
    expect(da.envelope.error).toEqual(expect.objectContaining({ code: 'invalid-input', message: 'Forespørgslen er større end 1 KB.' }));
    const notJson = await call('plan.import', '{"plan":');
    expect(notJson.envelope.error?.message).toMatch(/^Forespørgslens indhold er ikke gyldig JSON: /);
    expect(store.read()).toEqual(before);
  });
});
