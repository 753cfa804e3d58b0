// `--language da` gives a Danish planner the services' refusals in Danish on the
// command line too; a language it does not speak is a usage error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import type { CliIo } from '../../../main/cli/command';
import { takeLanguage } from '../../../main/cli/languageOption';
import { smallPlan } from '../services/fixtures';

function captured(dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env: { HOLDPLAN_DATA: dataDir }, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
}

describe('the command line in Danish', () => {
  it('refuses a broken import in Danish with --language da, and in English without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdplan-cli-language-'));
    const broken = smallPlan();
    broken.rooms[0]!.capacity = -3;
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));

    const da = captured(dir);
    expect(await runCli(['import', file, '--language', 'da'], da.io)).toBe(2);
    expect(da.err.join('\n')).toContain('er ikke et gyldigt holdplan/v1-datasæt: rooms[0].capacity: skal have plads til mindst én person');

    const en = captured(dir);
    expect(await runCli(['import', file], en.io)).toBe(2);
    expect(en.err.join('\n')).toContain('is not a valid holdplan/v1 data set: rooms[0].capacity: must hold at least one person');
  });

  it('takes --language out wherever it stands and refuses a language it does not speak', () => {
    expect(takeLanguage(['t.json', '--language=da', '--out', 'x'])).toEqual({ language: 'da', rest: ['t.json', '--out', 'x'] });
    expect(takeLanguage(['t.json'])).toEqual({ language: 'en', rest: ['t.json'] });
    expect(() => takeLanguage(['--language', 'de'])).toThrow('--language must be da or en, not "de"');
    expect(() => takeLanguage(['--language'])).toThrow('--language must be da or en, not nothing');
  });
});
