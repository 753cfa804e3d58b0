// A Danish planner reads the services' refusals and explanations in Danish: the UI
// says its language once (app.setLanguage) and every message after that follows
// it, while the error codes, which programs match, stay the same.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/services/dispatch';
import { createServices } from '../../../main/services/index';
import { runJob } from '../../../main/solver/runJob';
import type { RunEnd, SolverRun } from '../../../main/solver/workerHost';
import type { SolverJob } from '../../../main/solver/runJob';
import type { SolverStarted, SolverStatus } from '../../../shared/contract/solverResults';
import type { Plan } from '../../../shared/domain/schema';
import { smallPlan } from './fixtures';
import { servicesOver, valueOf } from './harness';
import { createMemoryStore } from './memoryStore';

type Language = 'en' | 'da';

async function refusedIn(language: Language, name: string, input: unknown) {
  const services = servicesOver();
  valueOf(await services.call('app.setLanguage', { language }));
  return services.refused(name, input);
}

describe('refusals in the language the UI set', () => {
  it('names the sessions that use a room in Danish or English, with the same code, and deletes nothing', async () => {
    const da = await refusedIn('da', 'rooms.delete', { id: 'r-ode-3' });
    const en = await refusedIn('en', 'rooms.delete', { id: 'r-ode-3' });
    expect(da.error.message).toBe(
      'Lokale 3 bruges af 2 kursusdage: GLU Odense hold 2 dag 1 (tir. 12. jan. 2027), GLU Odense hold 2 dag 2 (tir. 19. jan. 2027). ' +
        'Vil du slette lokalet alligevel, så fjern det fra de kursusdage først.',
    );
    expect(en.error.message).toMatch(/^Lokale 3 is used by 2 sessions: GLU Odense hold 2 day 1 on Tue 12 Jan 2027/);
    expect(da.error.code).toBe('in-use');
    expect(en.error.code).toBe('in-use');
    expect(da.after).toEqual(da.before);
    expect(da.saved).toBe(false);
  });

  it('says there is nothing to undo in Danish', async () => {
    const da = await refusedIn('da', 'history.undo', {});
    const en = await refusedIn('en', 'history.undo', {});
    expect(da.error).toMatchObject({ code: 'conflict', message: 'Der er intet at fortryde.' });
    expect(en.error).toMatchObject({ code: 'conflict', message: 'There is nothing to undo.' });
  });

  it("refuses invalid input in Danish, zod's words and the schema's own, and keeps the field paths a form needs", async () => {
    const da = await refusedIn('da', 'rooms.create', { room: { centreId: 'c-ode', name: 'Lokale 9', capacity: 0 } });
    expect(da.error.code).toBe('invalid-input');
    expect(da.error.message).toBe('Lokalet er ikke gyldigt: capacity: skal have plads til mindst én person');
    expect(da.error.details).toEqual(['capacity: skal have plads til mindst én person']);
    expect(da.after).toEqual(da.before);

    const request = await refusedIn('da', 'rooms.delete', { id: 7 });
    const english = await refusedIn('en', 'rooms.delete', { id: 7 });
    expect(request.error.code).toBe('invalid-input');
    expect(english.error.code).toBe('invalid-input');
    expect(request.error.message).toBe('Forespørgslen til rooms.delete er ikke gyldig: id: skal være tekst, ikke et tal');
    expect(english.error.message).toMatch(/^The request for rooms\.delete is not valid: id: /);
  });

  it('says which closure does not exist the way a Danish planner writes it', async () => {
    const da = await refusedIn('da', 'closures.delete', { index: 2 });
    expect(da.error).toMatchObject({ code: 'not-found', message: 'Der er ingen lukkedag nr. 3; planen har 1.' });
    expect(da.after).toEqual(da.before);
  });

  it('refuses an imported file that does not hang together in Danish', async () => {
    const broken = { ...smallPlan(), rooms: [{ ...smallPlan().rooms[0]!, centreId: 'c-nowhere' }, smallPlan().rooms[1]!] };
    const da = await refusedIn('da', 'plan.import', { plan: broken });
    expect(da.error.code).toBe('invalid-input');
    expect(da.error.message).toBe('Den importerede fil hænger ikke sammen: lokalet "r-ode-3" hører til centret "c-nowhere", som ikke findes');
    expect(da.after).toEqual(da.before);
  });

  it('switches back to English when told, and refuses a language it does not speak', async () => {
    const { call, refused } = servicesOver();
    valueOf(await call('app.setLanguage', { language: 'da' }));
    valueOf(await call('app.setLanguage', { language: 'en' }));
    expect((await refused('trainers.get', { id: 't-9' })).error.message).toBe('There is no trainer with id "t-9".');
    const german = await refused('app.setLanguage', { language: 'de' });
    expect(german.error.code).toBe('invalid-input');
    expect((await refused('trainers.get', { id: 't-9' })).error.message).toBe('There is no trainer with id "t-9".');
  });

  it('starts in the language the command line asked for', async () => {
    const handlers = createServices(createMemoryStore(smallPlan()), { language: 'da' });
    const r = await dispatch(handlers, 'trainers.get', { id: 't-9' });
    expect(r.ok ? '' : r.error.message).toBe('Der er ingen underviser med id "t-9".');
  });
});

/** A run that never ends by itself, so a second start finds the solver busy. */
function endlessRun(): SolverRun {
  let end: (e: RunEnd) => void = () => undefined;
  const ended = new Promise<RunEnd>((resolve) => (end = resolve));
  return {
    progress: () => null,
    onProgress: () => undefined,
    cancel: () => end({ state: 'failed', error: 'stopped by the test' }),
    cancelRequested: false,
    ended,
  };
}

/** Runs the job in this thread, as the worker would. */
function inProcessRun(job: SolverJob): SolverRun {
  const outcome = runJob(job);
  return { progress: () => null, onProgress: () => undefined, cancel: () => undefined, cancelRequested: false, ended: Promise.resolve({ state: 'done', outcome }) };
}

function solvingServices(plan: Plan, startRun: (job: SolverJob) => SolverRun) {
  const store = createMemoryStore(plan);
  const handlers = createServices(store, { solver: { startRun } });
  return { store, call: (name: string, input?: unknown) => dispatch(handlers, name, input) };
}

describe('the solver in the language the UI set', () => {
  it('refuses a second run while one is running, in Danish, with the same code', async () => {
    for (const [language, message] of [
      ['da', 'Løseren kører allerede; stop den, eller vent til den er færdig.'],
      ['en', 'The solver is already running; stop it or wait for it to finish.'],
    ] as const) {
      const { call, store } = solvingServices(smallPlan(), endlessRun);
      valueOf(await call('app.setLanguage', { language }));
      const { runId } = valueOf<SolverStarted>(await call('solver.start', { mode: 'fill', seconds: 1 }));
      const before = structuredClone(store.read());
      const again = await call('solver.start', { mode: 'fill', seconds: 1 });
      expect(again.ok ? null : again.error).toMatchObject({ code: 'conflict', message });
      expect(store.read()).toEqual(before);
      valueOf(await call('solver.cancel', { runId }));
    }
  });

  it('explains an unassigned session in Danish when nobody has the skill', async () => {
    // Nobody teaches "ledelse" any more, so no course day can get a trainer.
    const plan = smallPlan();
    plan.trainers = plan.trainers.map((t) => ({ ...t, skills: [] }));
    const reasons: Record<Language, string[]> = { en: [], da: [] };
    for (const language of ['da', 'en'] as const) {
      const { call } = solvingServices(plan, inProcessRun);
      valueOf(await call('app.setLanguage', { language }));
      const { runId } = valueOf<SolverStarted>(await call('solver.start', { mode: 'fill', seconds: 0.2 }));
      const status = valueOf<SolverStatus>(await call('solver.status', { runId }));
      reasons[language] = status.summary!.unassigned.map((u) => `${u.session}: ${u.reason}`);
    }
    expect(reasons.da.length).toBeGreaterThan(0);
    expect(reasons.da.length).toBe(reasons.en.length);
    expect(reasons.da).toContain('GLU Odense hold 2 dag 3: ingen underviser har kompetencen ledelse');
    expect(reasons.en).toContain('GLU Odense hold 2 day 3: no trainer has skill ledelse');
  });
});
