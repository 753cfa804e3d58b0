// The command line's own lines around what the services say: the solve
// summary, the check report and the spreadsheet import report, in the language
// given with --language. Help texts and usage errors are the command line's
// own (main/cli/cliMessages.ts); option names stay English in both languages.
import type { Text } from '../../../shared/i18n/text';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const commandLineMessages = {
  solving: (p: { where: string; mode: string; seconds: number }): Text => ({
    en: `Solving the plan in ${p.where} (${p.mode}, at most ${p.seconds} s):`,
    da: `Løser planen i ${p.where} (${p.mode}, højst ${p.seconds} s):`,
  }),
  progress: (p: { elapsed: string; hard: number; unassigned: number; soft: string; moves: string }): Text => ({
    en: `  ${p.elapsed.padStart(7)}  hard ${p.hard}  unassigned ${p.unassigned}  soft ${p.soft}  moves ${p.moves}`,
    da: `  ${p.elapsed.padStart(7)}  hårde ${p.hard}  uplacerede ${p.unassigned}  bløde ${p.soft}  træk ${p.moves}`,
  }),
  stopping: (): Text => ({ en: 'Stopping: the best plan so far is kept.', da: 'Stopper: den bedste plan indtil nu beholdes.' }),
  ended: (p: { cancelled: boolean; mode: string }): Text => ({
    en: `${p.cancelled ? 'Stopped' : 'Done'} (${p.mode}).`,
    da: `${p.cancelled ? 'Stoppet' : 'Færdig'} (${p.mode}).`,
  }),
  solvedCounts: (p: { assigned: number; unassigned: number; deferred: number; hard: number }): Text => ({
    en: `${p.assigned} sessions assigned, ${p.unassigned} unassigned, ${p.deferred} deferred to a later term; ${n(p.hard, 'hard violation', 'hard violations')}.`,
    da: `${p.assigned} kursusdage placeret, ${p.unassigned} uplacerede, ${p.deferred} udskudt til en senere termin; ${n(p.hard, 'brud', 'brud')} på hårde regler.`,
  }),
  softPenalty: (p: { total: string; parts: string }): Text => ({ en: `Soft penalty ${p.total}: ${p.parts}.`, da: `Blød straf ${p.total}: ${p.parts}.` }),
  moves: (p: { moves: string; elapsed: string; perSecond: string }): Text => ({
    en: `Moves evaluated: ${p.moves} in ${p.elapsed} (${p.perSecond} per second).`,
    da: `Træk vurderet: ${p.moves} på ${p.elapsed} (${p.perSecond} pr. sekund).`,
  }),
  unassignedHeading: (): Text => ({ en: 'Unassigned:', da: 'Uplacerede:' }),
  changedHeading: (p: { count: number; shown: number }): Text => ({
    en: `Changed ${n(p.count, 'session', 'sessions')}${p.count > p.shown ? ` (the first ${p.shown})` : ''}:`,
    da: `Ændrede ${n(p.count, 'kursusdag', 'kursusdage')}${p.count > p.shown ? ` (de første ${p.shown})` : ''}:`,
  }),
  saved: (p: { where: string }): Text => ({ en: `Saved to ${p.where}.`, da: `Gemt i ${p.where}.` }),
  wrote: (p: { file: string }): Text => ({ en: `Wrote ${p.file}.`, da: `Skrev ${p.file}.` }),
  nothingWritten: (): Text => ({ en: 'Nothing written: give --out FILE to keep the result.', da: 'Intet skrevet: angiv --out FIL for at beholde resultatet.' }),

  checkHeading: (p: { term: string; start: string; end: string; sessions: number; assigned: number; unassigned: number; deferred: number }): Text => ({
    en: `${p.term} (${p.start} – ${p.end}): ${n(p.sessions, 'session', 'sessions')}, ${p.assigned} assigned, ${p.unassigned} unassigned, ${p.deferred} deferred`,
    da: `${p.term} (${p.start} – ${p.end}): ${n(p.sessions, 'kursusdag', 'kursusdage')}, ${p.assigned} placeret, ${p.unassigned} uplacerede, ${p.deferred} udskudt`,
  }),
  hardKept: (): Text => ({ en: 'Hard rules: all kept.', da: 'Hårde regler: alle overholdt.' }),
  hardBroken: (p: { count: number }): Text => ({
    en: `Hard rules broken: ${n(p.count, 'violation', 'violations')}`,
    da: `Hårde regler brudt: ${n(p.count, 'brud', 'brud')}`,
  }),
  unassignedCount: (p: { count: number }): Text => ({ en: `Unassigned sessions: ${p.count}`, da: `Uplacerede kursusdage: ${p.count}` }),
  cohortDays: (p: { cohort: string; count: number; days: string }): Text => ({
    en: `${p.cohort}: ${p.count === 1 ? 'day' : 'days'} ${p.days}`,
    da: `${p.cohort}: ${p.count === 1 ? 'dag' : 'dage'} ${p.days}`,
  }),
  deferredCount: (p: { count: number }): Text => ({
    en: `Deferred sessions (belong to a later term): ${p.count}`,
    da: `Udskudte kursusdage (hører til en senere termin): ${p.count}`,
  }),
  softTotal: (p: { total: number }): Text => ({ en: `Soft goals: total penalty ${p.total}`, da: `Bløde mål: samlet straf ${p.total}` }),
  softLine: (p: { rule: string; penalty: number; cases: number }): Text => ({
    en: `${p.rule}  penalty ${p.penalty} in ${n(p.cases, 'case', 'cases')}`,
    da: `${p.rule}  straf ${p.penalty} i ${n(p.cases, 'tilfælde', 'tilfælde')}`,
  }),

  importCounts: (p: { applied: boolean; table: string; file: string; create: number; update: number; unchanged: number; reject: number }): Text => ({
    en: `${p.applied ? 'Imported' : 'Would import'} ${p.table} from ${p.file}: ${p.create} to create, ${p.update} to update, ${p.unchanged} unchanged, ${p.reject} rejected.`,
    da: `${p.applied ? 'Importerede' : 'Ville importere'} ${p.table} fra ${p.file}: ${p.create} at oprette, ${p.update} at opdatere, ${p.unchanged} uændrede, ${p.reject} afvist.`,
  }),
  columns: (p: { list: string }): Text => ({ en: `Columns: ${p.list}`, da: `Kolonner: ${p.list}` }),
  ignoredColumn: (p: { header: string }): Text => ({ en: `${p.header} (ignored)`, da: `${p.header} (springes over)` }),
  createRow: (p: { row: number; id: string; name: string }): Text => ({ en: `  row ${p.row}: create ${p.id} ${p.name}`, da: `  række ${p.row}: opret ${p.id} ${p.name}` }),
  updateRow: (p: { row: number; id: string; name: string; changed: string }): Text => ({
    en: `  row ${p.row}: update ${p.id} ${p.name} (${p.changed})`,
    da: `  række ${p.row}: opdatér ${p.id} ${p.name} (${p.changed})`,
  }),
  rejectedHeading: (p: { applied: boolean }): Text => ({
    en: p.applied ? 'Rejected rows, not imported:' : 'Rejected rows, which will not be imported:',
    da: p.applied ? 'Afviste rækker, ikke importeret:' : 'Afviste rækker, som ikke bliver importeret:',
  }),
  rejectedRow: (p: { row: number; reason: string; name: string }): Text => ({
    en: `  row ${p.row}: ${p.reason}${p.name ? ` (${p.name})` : ''}`,
    da: `  række ${p.row}: ${p.reason}${p.name ? ` (${p.name})` : ''}`,
  }),
  noSuchFileOrFolder: (): Text => ({ en: 'there is no such file or folder', da: 'filen eller mappen findes ikke' }),
  notJson: (p: { path: string; error: string }): Text => ({ en: `${p.path} is not JSON: ${p.error}`, da: `${p.path} er ikke JSON: ${p.error}` }),
  noData: (p: { file: string }): Text => ({
    en: `no Holdplan data at ${p.file}; give --data or --file`,
    da: `der er ingen Holdplan-data i ${p.file}; angiv --data eller --file`,
  }),
  imported: (p: { file: string; where: string; centres: number; rooms: number; trainers: number; courses: number; cohorts: number; sessions: number }): Text => ({
    en: `Imported ${p.file} into ${p.where}: ${p.centres} centres, ${p.rooms} rooms, ${p.trainers} trainers, ${p.courses} courses, ${p.cohorts} cohorts, ${p.sessions} sessions.`,
    da: `Importerede ${p.file} i ${p.where}: ${p.centres} centre, ${p.rooms} lokaler, ${p.trainers} undervisere, ${p.courses} kurser, ${p.cohorts} hold, ${n(p.sessions, 'kursusdag', 'kursusdage')}.`,
  }),
  note: (p: { text: string }): Text => ({ en: `Note: ${p.text}`, da: `Bemærk: ${p.text}` }),
  exported: (p: { where: string; out: string; sessions: number }): Text => ({
    en: `Wrote the plan from ${p.where} to ${p.out} (${p.sessions} sessions).`,
    da: `Skrev planen fra ${p.where} til ${p.out} (${n(p.sessions, 'kursusdag', 'kursusdage')}).`,
  }),
  wroteImpossible: (p: { out: string; cohorts: number }): Text => ({
    en: `Added ${n(p.cohorts, 'cohort', 'cohorts')} that no plan can complete; wrote them and why to ${p.out}.`,
    da: `Tilføjede ${n(p.cohorts, 'hold', 'hold')}, som ingen plan kan gennemføre; skrev dem og grunden til ${p.out}.`,
  }),
  wrotePlanted: (p: { out: string }): Text => ({ en: `Wrote the planted complete plan to ${p.out}.`, da: `Skrev den færdigplantede plan til ${p.out}.` }),
  wroteDemo: (p: { size: string; seed: number; out: string; cohorts: number; sessions: number }): Text => ({
    en: `Wrote the ${p.size} demo (seed ${p.seed}) to ${p.out}: ${p.cohorts} cohorts, ${p.sessions} sessions.`,
    da: `Skrev demoen ${p.size} (seed ${p.seed}) til ${p.out}: ${p.cohorts} hold, ${n(p.sessions, 'kursusdag', 'kursusdage')}.`,
  }),
  loadedDemo: (p: { size: string; seed: number; where: string; cohorts: number; sessions: number }): Text => ({
    en: `Loaded the ${p.size} demo (seed ${p.seed}) into ${p.where}: ${p.cohorts} cohorts, ${p.sessions} sessions.`,
    da: `Indlæste demoen ${p.size} (seed ${p.seed}) i ${p.where}: ${p.cohorts} hold, ${n(p.sessions, 'kursusdag', 'kursusdage')}.`,
  }),
  wroteEvents: (p: { events: number; trainer: string | undefined; cohort: string | undefined; out: string }): Text => ({
    en: `Wrote ${n(p.events, 'event', 'events')} for ${p.trainer !== undefined ? `trainer ${p.trainer}` : `cohort ${p.cohort ?? ''}`} to ${p.out}.`,
    da: `Skrev ${n(p.events, 'begivenhed', 'begivenheder')} for ${p.trainer !== undefined ? `underviser ${p.trainer}` : `hold ${p.cohort ?? ''}`} til ${p.out}.`,
  }),
  wroteDocument: (p: { title: string; out: string }): Text => ({ en: `Wrote ${p.title} to ${p.out}.`, da: `Skrev ${p.title} til ${p.out}.` }),
  wroteSheets: (p: { out: string; rows: string }): Text => ({ en: `Wrote ${p.out} (rows: ${p.rows}).`, da: `Skrev ${p.out} (rækker: ${p.rows}).` }),
  wroteCsv: (p: { files: string; dir: string }): Text => ({ en: `Wrote ${p.files} to ${p.dir}.`, da: `Skrev ${p.files} til ${p.dir}.` }),
  savedMapping: (p: { file: string }): Text => ({ en: `Saved the column mapping to ${p.file}.`, da: `Gemte kolonneopsætningen i ${p.file}.` }),
  wrotePlan: (p: { out: string }): Text => ({ en: `Wrote the plan to ${p.out}.`, da: `Skrev planen til ${p.out}.` }),
  sessionsChanged: (p: { count: number }): Text => ({
    en: `${n(p.count, 'session', 'sessions')} changed:`,
    da: `${n(p.count, 'kursusdag', 'kursusdage')} ændret:`,
  }),
  trainersToTell: (p: { names: readonly string[] }): Text => ({
    en: `Trainers who need a new schedule: ${p.names.length > 0 ? p.names.join(', ') : 'none'}.`,
    da: `Undervisere, der skal have en ny plan: ${p.names.length > 0 ? p.names.join(', ') : 'ingen'}.`,
  }),
  customersToTell: (p: { names: readonly string[] }): Text => ({
    en: `Customers who need a new schedule: ${p.names.length > 0 ? p.names.join(', ') : 'none'}.`,
    da: `Kunder, der skal have en ny plan: ${p.names.length > 0 ? p.names.join(', ') : 'ingen'}.`,
  }),
  notPublished: (p: { where: string }): Text => ({
    en: `The plan in ${p.where} has not been published yet; "holdplan publish" marks it as sent.`,
    da: `Planen i ${p.where} er ikke udsendt endnu; "holdplan publish" markerer den som sendt.`,
  }),
  nothingChangedSince: (p: { since: string }): Text => ({
    en: `Nothing has changed since the plan was published on ${p.since}.`,
    da: `Intet er ændret, siden planen blev udsendt ${p.since}.`,
  }),
  changedSince: (p: { since: string }): Text => ({ en: `Since the plan was published on ${p.since}:`, da: `Siden planen blev udsendt ${p.since}:` }),
  published: (p: { sessions: number; where: string; at: string }): Text => ({
    en: `Published the ${p.sessions} sessions of ${p.where} on ${p.at}.`,
    da: `Udsendte de ${p.sessions} kursusdage i ${p.where} ${p.at}.`,
  }),
  firstPublication: (): Text => ({
    en: 'This is the first publication: every calendar event has SEQUENCE 0.',
    da: 'Dette er den første udsendelse: alle kalenderbegivenheder har SEQUENCE 0.',
  }),
  nothingHadChanged: (p: { since: string }): Text => ({
    en: `Nothing had changed since the publication on ${p.since}.`,
    da: `Intet var ændret siden udsendelsen ${p.since}.`,
  }),
  sincePublication: (p: { since: string }): Text => ({ en: `Since the publication on ${p.since}:`, da: `Siden udsendelsen ${p.since}:` }),
  raisedSequences: (p: { count: number }): Text => ({
    en: `Raised the calendar SEQUENCE of ${n(p.count, 'session', 'sessions')}; re-exported .ics files update them.`,
    da: `Kalenderens SEQUENCE er hævet for ${n(p.count, 'kursusdag', 'kursusdage')}; nyeksporterede .ics-filer opdaterer dem.`,
  }),
  dryRun: (): Text => ({ en: 'Dry run: nothing was written.', da: 'Prøvekørsel: intet blev skrevet.' }),
};
