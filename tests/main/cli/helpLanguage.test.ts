// `--language da` gives a Danish planner the command line's help and its usage
// errors in Danish too; without it they stay English.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import type { CliIo } from '../../../main/cli/command';
import { inLanguage } from '../../../main/services/language';
import { parseCommandArgs } from '../../../main/cli/args';

async function run(argv: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // No command below gets as far as opening the store; the folder is there in case one did.
  const io: CliIo = { env: { HOLDPLAN_DATA: mkdtempSync(join(tmpdir(), 'holdplan-cli-help-')) }, out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('help in the language asked for', () => {
  it('prints the Danish top help with --language da before --help, and the English one without it', async () => {
    const da = await run(['--language', 'da', '--help']);
    expect(da.code).toBe(0);
    expect(da.out).toMatch(/^Brug: holdplan <kommando> \[tilvalg\]\n\nKommandoer:\n/);
    expect(da.out).toContain('  check        kontrollér planen mod alle regler; afslut med 1, når en hård regel er brudt');
    expect(da.out).toContain('Kør "holdplan <kommando> --help" for at se en kommandos tilvalg.');
    expect(da.out).not.toMatch(/Usage|Commands/);

    const en = await run(['--help']);
    expect(en.out).toMatch(/^Usage: holdplan <command> \[options\]\n\nCommands:\n/);
    expect(en.out).toContain('  check        check the plan against every rule; exit 1 when a hard rule is broken');
  });

  it('takes --language wherever it stands, also after --help', async () => {
    expect((await run(['--help', '--language=da'])).out).toMatch(/^Brug: holdplan <kommando>/);
    expect((await run(['help', 'solve', '--language', 'da'])).out).toMatch(/^Brug: holdplan solve /);
  });

  it("prints a command's help in Danish, options as they are typed", async () => {
    const da = await run(['check', '--help', '--language', 'da']);
    expect(da.code).toBe(0);
    expect(da.out).toMatch(/^Brug: holdplan check \[--file FIL\] \[--data MAPPE\]\n\nKontrollerer planen i datafilen/);
    expect(da.out).toContain('  --data MAPPE   datamappen, eller en datafil som team.json på et fælles drev');
    expect(da.out).toContain('Afslutningskode: 0 når alle hårde regler er overholdt, 1 når en er brudt, 2 ved en fejl.');

    const en = await run(['check', '--help']);
    expect(en.out).toMatch(/^Usage: holdplan check \[--file FILE\] \[--data DIR\]\n\nChecks the plan/);
  });

  it('has a Danish help for every command the top help lists, and keeps the English one', async () => {
    const top = await run(['--help']);
    const names = [...top.out.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of names) {
      const [da, en] = await Promise.all([run([name, '--help', '--language', 'da']), run([name, '--help'])]);
      expect(da.out, name).toMatch(new RegExp(`^Brug: holdplan ${name}\\b`));
      expect(en.out, name).toMatch(new RegExp(`^Usage: holdplan ${name}\\b`));
    }
  });
});

describe('usage errors in the language asked for', () => {
  it('names an unknown option in Danish with --language da, and in English without it', async () => {
    const da = await run(['export', '--outt', 'x.json', '--language', 'da']);
    expect(da.code).toBe(2);
    expect(da.err).toBe('holdplan export: ukendt tilvalg --outt; se "holdplan export --help"');

    const en = await run(['export', '--outt', 'x.json']);
    expect(en.code).toBe(2);
    expect(en.err).toBe('holdplan export: unknown option --outt; see "holdplan export --help"');
  });

  it("words a command's own usage errors in Danish", async () => {
    expect((await run(['--language', 'da', 'export'])).err).toBe('holdplan export: export skal have --out FIL; se "holdplan export --help"');
    expect((await run(['--language', 'da', 'solve', '--mode', 'shuffle'])).err).toBe('holdplan solve: --mode skal være fill, optimise eller repair, ikke "shuffle"');
    expect((await run(['--language', 'da', 'demo', '--seed', '1.5'])).err).toBe('holdplan demo: --seed skal være et helt tal, ikke "1.5"');
    expect((await run(['solve', '--mode', 'shuffle'])).err).toBe('holdplan solve: --mode must be fill, optimise or repair, not "shuffle"');
  });

  it('says in Danish that no command was given or that there is no such command', async () => {
    expect((await run(['--language', 'da'])).err).toBe('holdplan: ingen kommando angivet; se "holdplan --help"');
    const unknown = await run(['chek', '--language', 'da']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^holdplan: der er ingen kommando "chek"; kommandoerne er demo, check, /);
  });

  it('refuses a language it does not speak in both languages, since none is known yet', async () => {
    const bad = await run(['check', '--language', 'de', '--help']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('holdplan check: --language must be da or en, not "de" (--language skal være da eller en, ikke "de")');
  });

  it('reads arguments in the language of the run it is called in', () => {
    const options = { out: { type: 'string' } } as const;
    expect(() => inLanguage('da', () => parseCommandArgs('check', ['p.json'], options, 0))).toThrow('uventet argument "p.json"; se "holdplan check --help"');
    expect(() => inLanguage('da', () => parseCommandArgs('export', ['--out'], options, 0))).toThrow('--out skal have en værdi; se "holdplan export --help"');
  });
});
