// The programme catalogue of DESIGN §1 with the day structures of the source
// documents, plus how often each programme runs and who takes it.
import type { Course, DayTemplate } from '../../shared/domain/schema';

type DayOptions = Partial<Pick<DayTemplate, 'kind' | 'slot' | 'trainers' | 'equipment' | 'minGapDays' | 'maxGapDays'>>;

function day(title: string, skills: string[], options: DayOptions = {}): DayTemplate {
  const template: DayTemplate = {
    title,
    kind: options.kind ?? 'teaching',
    slot: options.slot ?? 'full',
    skills,
    trainers: options.trainers ?? 1,
    equipment: options.equipment ?? ['projector'],
    minGapDays: options.minGapDays ?? 1,
  };
  if (options.maxGapDays !== undefined) template.maxGapDays = options.maxGapDays;
  return template;
}

export interface Programme {
  course: Course;
  /** Relative number of cohorts in a term. */
  weight: number;
  participants: [number, number];
  /** Chance that a cohort is taught at the customer's own site. */
  siteShare: number;
  /** School customers keep their winter break (week 7 or 8) free. */
  schoolCustomer: boolean;
  /** Length of a cohort's window in weeks (within the term). */
  windowWeeks: [number, number];
  kind: 'ordinary' | 'cluster' | 'conference';
}

const KIL: Programme = {
  course: {
    id: 'k-kil',
    code: 'KIL',
    name: 'Konsulent i læringsledelse',
    days: [
      day('Dag 1: Rammesætning og strategisk forankring', ['laeringsledelse']),
      day('Dag 2: Positionering og tillidsbaseret samarbejde', ['laeringsledelse'], { minGapDays: 7, maxGapDays: 28 }),
      day('Dag 3: Professionelle læringsfællesskaber', ['laeringsledelse'], { minGapDays: 7, maxGapDays: 28 }),
      day('Læringscafé 1: Udviklingsbehov', ['laeringsledelse'], { kind: 'learningCafe', slot: 'am', minGapDays: 7, maxGapDays: 28, equipment: [] }),
      day('Dag 4: Samskabelse og tværfaglighed', ['laeringsledelse'], { minGapDays: 7, maxGapDays: 28 }),
      day('Læringscafé 2: Analyse og evaluering af aktioner', ['laeringsledelse'], { kind: 'learningCafe', slot: 'pm', minGapDays: 7, maxGapDays: 28, equipment: [] }),
      day('Dag 5: Ledelse uden formelt personaleansvar', ['laeringsledelse'], { minGapDays: 7, maxGapDays: 28 }),
      day('Workshop: Aktionslæring i praksis', ['laeringsledelse', 'procesfacilitering'], { kind: 'workshop', minGapDays: 7, maxGapDays: 35, equipment: ['groupRooms'] }),
    ],
  },
  weight: 9,
  participants: [25, 35],
  siteShare: 0.3,
  schoolCustomer: true,
  windowWeeks: [13, 17],
  kind: 'ordinary',
};

const CLUSTER_THEMES = [
  'Faglig ledelse i en politisk ledet organisation',
  'Dokumentation og dataunderstøttede dialoger',
  'Faglige læringsfællesskaber',
  'Opgavefordeling mellem forvaltning og decentrale ledere',
  'Støttefunktioner på tværs',
];

const KLYNGE: Programme = {
  course: {
    id: 'k-klynge',
    code: 'FKS',
    name: 'Forpligtende klyngesamarbejde',
    days: CLUSTER_THEMES.map((theme, i) =>
      day(`Møde ${i + 1}: ${theme}`, ['klyngefacilitering'], {
        kind: 'meeting',
        trainers: 2,
        equipment: ['groupRooms'],
        minGapDays: i === 0 ? 1 : 56,
        ...(i === 0 ? {} : { maxGapDays: 110 }),
      }),
    ),
  },
  weight: 3,
  participants: [24, 40],
  siteShare: 0,
  schoolCustomer: false,
  windowWeeks: [52, 52],
  kind: 'cluster',
};

const GLU_MODULES = ['Introduktion til ledelse', 'Ledelse og udvikling', 'Situationsbestemt ledelse', 'Kommunikation og konflikthåndtering', 'Forandringsledelse'];

const GLU: Programme = {
  course: {
    id: 'k-glu',
    code: 'GLU',
    name: 'Den Grundlæggende Lederuddannelse',
    days: GLU_MODULES.flatMap((module, m) => [
      day(`Modul ${m + 1}, dag 1: ${module}`, ['ledelse-glu'], m === 0 ? {} : { minGapDays: 14, maxGapDays: 42 }),
      day(`Modul ${m + 1}, dag 2: ${module}`, ['ledelse-glu'], { minGapDays: 1, maxGapDays: 3 }),
    ]),
  },
  weight: 10,
  participants: [16, 28],
  siteShare: 0.15,
  schoolCustomer: false,
  windowWeeks: [18, 24],
  kind: 'ordinary',
};

const GLU_ADDON: Programme = {
  course: {
    id: 'k-glu-t',
    code: 'GLU-T',
    name: 'GLU tillægsmodul: Førstelinjeleder i det offentlige',
    days: [
      day('Dag 1: Førstelinjelederens rolle', ['ledelse-glu', 'foerstelinjeledelse']),
      day('Dag 2: Ledelse tæt på kerneopgaven', ['ledelse-glu', 'foerstelinjeledelse'], { minGapDays: 1, maxGapDays: 14 }),
    ],
  },
  weight: 1,
  participants: [15, 24],
  siteShare: 0.1,
  schoolCustomer: false,
  windowWeeks: [4, 8],
  kind: 'ordinary',
};

function dolModule(id: string, name: string, topic: string, days: number): Programme {
  return {
    course: {
      id,
      code: `DOL-${id.slice(-2).toUpperCase()}`,
      name: `Den Offentlige Lederuddannelse: ${name}`,
      days: Array.from({ length: days }, (_, i) =>
        day(`${name}, dag ${i + 1}`, ['dol-diplom', topic], i === 0 ? {} : { minGapDays: 1, maxGapDays: 21 }),
      ),
    },
    weight: 3,
    participants: [18, 30],
    siteShare: 0.1,
    schoolCustomer: false,
    windowWeeks: [6, 10],
    kind: 'ordinary',
  };
}

function academyModule(id: string, code: string, name: string, skills: string[], days: number, weight: number): Programme {
  return {
    course: {
      id,
      code,
      name,
      days: Array.from({ length: days }, (_, i) =>
        day(`${name.split(': ')[1] ?? name}, dag ${i + 1}`, skills, i === 0 ? {} : { minGapDays: 7, maxGapDays: 14 }),
      ),
    },
    weight,
    participants: [18, 32],
    siteShare: 0.1,
    schoolCustomer: false,
    windowWeeks: [7, 12],
    kind: 'ordinary',
  };
}

function leadershipProgramme(id: string, code: string, name: string, titles: string[], skill: string, options: { weight: number; school: boolean; special?: { index: number; skill: string } }): Programme {
  return {
    course: {
      id,
      code,
      name,
      days: titles.map((title, i) =>
        day(`Dag ${i + 1}: ${title}`, options.special?.index === i ? [skill, options.special.skill] : [skill], i === 0 ? {} : { minGapDays: 14, maxGapDays: 42 }),
      ),
    },
    weight: options.weight,
    participants: [18, 32],
    siteShare: 0.2,
    schoolCustomer: options.school,
    windowWeeks: [16, 22],
    kind: 'ordinary',
  };
}

function shortCourse(id: string, code: string, name: string, skills: string[], slot: 'full' | 'am' = 'full', weight = 0.2): Programme {
  return {
    course: { id, code, name, days: [day(name.split(': ').pop() ?? name, skills, { slot })] },
    weight,
    participants: [15, 36],
    siteShare: 0.2,
    schoolCustomer: false,
    windowWeeks: [3, 6],
    kind: 'ordinary',
  };
}

export const SHORT_COURSES: readonly Programme[] = [
  shortCourse('k-fs3', 'FS3', 'Fælles sprog III', ['faelles-sprog']),
  shortCourse('k-hyg', 'HYG', 'Håndhygiejne', ['hygiejne'], 'am'),
  shortCourse('k-ind', 'IND', 'Inddrivelse', ['inddrivelse']),
  shortCourse('k-valg', 'KTV', 'Klar til kommunalvalg', ['valg']),
  shortCourse('k-samsk', 'SAM', 'Samskabelse i praksis', ['samskabelse']),
  shortCourse('k-proj', 'PRO', 'Projektledelse i kommunen', ['projektledelse']),
];

export const PROGRAMMES: readonly Programme[] = [
  KIL,
  KLYNGE,
  GLU,
  GLU_ADDON,
  dolModule('k-dol-pl', 'Personlig ledelse', 'personlig-ledelse', 4),
  dolModule('k-dol-sl', 'Strategisk ledelse', 'strategisk-ledelse', 4),
  dolModule('k-dol-ol', 'Organisation og ledelse', 'organisation-ledelse', 4),
  dolModule('k-dol-fl', 'Forandringsledelse', 'forandringsledelse', 3),
  academyModule('k-kom-fr', 'KOM-FR', 'Kommunomuddannelsen: Forvaltningsret', ['kommunom', 'forvaltningsret'], 5, 3),
  academyModule('k-kom-os', 'KOM-ØS', 'Kommunomuddannelsen: Økonomistyring', ['kommunom', 'oekonomistyring'], 5, 3),
  academyModule('k-kom-oo', 'KOM-OO', 'Kommunomuddannelsen: Offentlig organisation', ['kommunom', 'offentlig-organisation'], 5, 2),
  academyModule('k-skom', 'SKOM', 'Sundhedskommunom: Sundhedsvæsenets organisering', ['sundhedskommunom'], 4, 2.5),
  leadershipProgramme('k-skl', 'SKL', 'Skoleledelse', ['Skolens kerneopgave', 'Faglig ledelse', 'Ledelse af professionelle fællesskaber', 'Data og evaluering', 'Ledelse af læring og trivsel', 'Forandringsledelse i skolen', 'Samarbejde med forvaltningen', 'Strategisk skoleledelse'], 'skoleledelse', { weight: 8, school: true, special: { index: 3, skill: 'data-evaluering' } }),
  leadershipProgramme('k-ldt', 'LDT', 'Ledelse af dagtilbud', ['Dagtilbuddets kerneopgave', 'Pædagogisk ledelse', 'Læringsmiljøer', 'Den styrkede pædagogiske læreplan', 'Forældresamarbejde', 'Ledelse af forandring', 'Faglige fællesskaber', 'Strategisk dagtilbudsledelse'], 'dagtilbudsledelse', { weight: 6, school: false }),
  leadershipProgramme('k-tko', 'TKO', 'Teamkoordinatoruddannelse', ['Teamets opgave', 'Facilitering af teammøder', 'Data i teamet', 'Teamkoordinatorens rolle'], 'teamkoordinering', { weight: 3, school: true }),
  {
    course: { id: 'k-sbm', code: 'SBM', name: 'Kursus for skolebestyrelsesmedlemmer', days: [day('Skolebestyrelsens opgaver', ['skolebestyrelse'])] },
    weight: 0.8, participants: [15, 35], siteShare: 0.3, schoolCustomer: true, windowWeeks: [3, 8], kind: 'ordinary',
  },
  {
    course: { id: 'k-sks', code: 'SKS', name: 'Kursus for skolesekretærer', days: [day('Skolens administration', ['skoleadministration']), day('Elevadministration og systemer', ['skoleadministration'], { minGapDays: 1, maxGapDays: 14 })] },
    weight: 1, participants: [15, 30], siteShare: 0.1, schoolCustomer: true, windowWeeks: [3, 8], kind: 'ordinary',
  },
  {
    course: { id: 'k-kat', code: 'KAT', name: 'Kattegat-kursus for nyvalgte politikere', days: [day('Dag 1: Rollen som politiker', ['politisk-ledelse']), day('Dag 2: Politisk ledelse og samarbejde', ['politisk-ledelse'], { minGapDays: 1, maxGapDays: 1 })] },
    weight: 0.8, participants: [20, 40], siteShare: 0, schoolCustomer: false, windowWeeks: [4, 8], kind: 'ordinary',
  },
  {
    course: { id: 'k-pb', code: 'PB', name: 'Politisk betjening: grundmodul', days: [day('Grundmodul, dag 1', ['politisk-betjening']), day('Grundmodul, dag 2', ['politisk-betjening'], { minGapDays: 1, maxGapDays: 7 })] },
    weight: 1.2, participants: [15, 30], siteShare: 0.2, schoolCustomer: false, windowWeeks: [4, 8], kind: 'ordinary',
  },
  shortCourse('k-pb-v1', 'PB-V1', 'Politisk betjening, valgmodul: Den gode sagsfremstilling', ['politisk-betjening'], 'full', 0.4),
  shortCourse('k-pb-v2', 'PB-V2', 'Politisk betjening, valgmodul: Økonomi og budget', ['politisk-betjening', 'oekonomistyring'], 'full', 0.4),
  shortCourse('k-pb-v3', 'PB-V3', 'Politisk betjening, valgmodul: Kommunikation med politikere', ['politisk-betjening'], 'full', 0.4),
  {
    course: { id: 'k-konf', code: 'KONF', name: 'Temakonference: Ledelse af læring og trivsel', days: [day('Temakonference', ['konferenceledelse'], { kind: 'conference', trainers: 2, equipment: ['projector', 'sound'] })] },
    weight: 0.8, participants: [100, 120], siteShare: 0, schoolCustomer: false, windowWeeks: [3, 8], kind: 'conference',
  },
  ...SHORT_COURSES,
];

export interface SkillFamily {
  id: string;
  /** How many trainers belong: an absolute number for specialist families, else a share of all trainers. */
  members: { count: number } | { share: number };
  /** Each member has each skill with this probability (at least one member has every skill). */
  skills: Record<string, number>;
}

// Specialist families are small on purpose: a real organisation has a handful of
// people who can teach KIL or facilitate a cluster, and the demo must be tight.
export const SKILL_FAMILIES: readonly SkillFamily[] = [
  { id: 'laering', members: { count: 9 }, skills: { laeringsledelse: 1, procesfacilitering: 0.6 } },
  { id: 'klynge', members: { count: 9 }, skills: { klyngefacilitering: 1, procesfacilitering: 0.5 } },
  { id: 'glu', members: { share: 0.07 }, skills: { 'ledelse-glu': 1, foerstelinjeledelse: 0.15 } },
  { id: 'dol', members: { share: 0.04 }, skills: { 'dol-diplom': 1, 'personlig-ledelse': 0.28, 'strategisk-ledelse': 0.28, 'organisation-ledelse': 0.28, forandringsledelse: 0.28 } },
  { id: 'kommunom', members: { share: 0.05 }, skills: { kommunom: 1, forvaltningsret: 0.25, oekonomistyring: 0.25, 'offentlig-organisation': 0.25 } },
  { id: 'sundhed', members: { count: 8 }, skills: { sundhedskommunom: 1, kommunom: 0.5 } },
  { id: 'skole', members: { share: 0.08 }, skills: { skoleledelse: 0.6, teamkoordinering: 0.4, skolebestyrelse: 0.4, 'data-evaluering': 0.12 } },
  { id: 'dagtilbud', members: { share: 0.05 }, skills: { dagtilbudsledelse: 1 } },
  { id: 'administration', members: { share: 0.04 }, skills: { skoleadministration: 1 } },
  { id: 'politik', members: { count: 14 }, skills: { 'politisk-betjening': 0.6, 'politisk-ledelse': 0.6, oekonomistyring: 0.2 } },
  { id: 'konference', members: { count: 9 }, skills: { konferenceledelse: 1, procesfacilitering: 0.3 } },
  { id: 'kurser', members: { share: 0.55 }, skills: { 'faelles-sprog': 0.22, hygiejne: 0.18, inddrivelse: 0.15, valg: 0.12, samskabelse: 0.25, projektledelse: 0.25 } },
];
