// The print style sheet, inlined into every printout so the HTML stands alone
// (a PDF adapter, a print preview and a browser's own print all see the same).
// Sizes are in pt/mm: paper units, not screen pixels.
const base = `
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; color: #111; font-size: 9pt; line-height: 1.25; }
h1 { font-size: 16pt; margin: 0 0 1mm; }
.sheet-head { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.6mm solid #111; padding-bottom: 2mm; margin-bottom: 3mm; }
.sheet-head .sub { font-size: 10pt; color: #333; }
.sheet-head .right { text-align: right; font-size: 9pt; color: #333; }
.muted { color: #555; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media screen { body { background: #e5e5e5; } .page { background: #fff; margin: 8mm auto; padding: 10mm; box-shadow: 0 0 2mm rgba(0,0,0,.2); } }
`;

const roomPlan = `
@page { size: A4 landscape; margin: 14mm 8mm 12mm 8mm; }
@media screen { .page { width: 297mm; } }
.grid { table-layout: fixed; }
.grid th, .grid td { border: 0.3mm solid #777; vertical-align: top; padding: 1mm; }
.grid thead th { background: #222; color: #fff; font-size: 9pt; text-align: left; padding: 1.2mm 1.5mm; }
.grid thead th .date { font-weight: normal; }
.grid thead th.closed { background: #8a8a8a; }
.grid thead th .closed-reason { display: block; font-weight: bold; color: #fff; font-size: 8pt; }
.grid col.room-col { width: 30mm; }
.grid tbody th { text-align: left; background: #f0f0f0; font-size: 10pt; }
.grid tbody th .room-meta { font-weight: normal; font-size: 7.5pt; color: #444; margin-top: 0.5mm; }
.grid td.closed { background: repeating-linear-gradient(135deg, #fff 0 2mm, #e4e4e4 2mm 4mm); }
.grid td.closed .closed-note { font-size: 8pt; color: #555; font-style: italic; }
.cell { display: flex; flex-direction: column; gap: 1mm; min-height: 14mm; }
.card { border-left: 1.6mm solid #1d5fa8; background: #eef4fb; padding: 0.8mm 1.2mm; font-size: 7.6pt; line-height: 1.2; overflow-wrap: anywhere; }
.card.am { border-left-color: #d08a00; background: #fdf5e4; }
.card.pm { border-left-color: #2b8a3e; background: #ebf6ee; }
.card .when { font-weight: bold; }
.card .slot { font-weight: normal; color: #333; }
.card .cohort { font-weight: bold; font-size: 8pt; }
.card .warning { color: #a00; font-weight: bold; }
.free { font-size: 7pt; color: #888; border-left: 1.6mm dotted #bbb; padding: 0.5mm 1.2mm; }
.legend { margin-top: 2mm; font-size: 7.5pt; color: #333; display: flex; gap: 5mm; }
.legend span::before { content: ""; display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.4mm; }
.legend .l-full::before { background: #1d5fa8; } .legend .l-am::before { background: #d08a00; } .legend .l-pm::before { background: #2b8a3e; }
`;

const doorSign = `
@page { size: A4 portrait; margin: 14mm 14mm 12mm 14mm; }
@media screen { .page { width: 210mm; min-height: 297mm; } }
.sign { break-after: page; page-break-after: always; display: flex; flex-direction: column; height: 262mm; overflow: hidden; }
.sign:last-child { break-after: auto; page-break-after: auto; }
.sign .room { font-size: 54pt; font-weight: bold; line-height: 1.05; margin: 0; }
.sign .where { font-size: 16pt; color: #333; margin: 2mm 0 0; }
.sign .day { font-size: 20pt; font-weight: bold; margin: 3mm 0 6mm; padding-bottom: 3mm; border-bottom: 1mm solid #111; }
.sign .session { border-left: 3mm solid #1d5fa8; padding: 2mm 0 2mm 6mm; margin-bottom: 8mm; }
.sign .session.am { border-left-color: #d08a00; } .sign .session.pm { border-left-color: #2b8a3e; }
.sign .times { font-size: 30pt; font-weight: bold; }
.sign .course { font-size: 24pt; font-weight: bold; margin-top: 2mm; line-height: 1.15; }
.sign .day-title { font-size: 18pt; margin-top: 1mm; }
.sign .cohort { font-size: 16pt; margin-top: 2mm; color: #222; }
.sign .trainers { font-size: 18pt; margin-top: 2mm; }
.sign.two .times { font-size: 24pt; } .sign.two .course { font-size: 19pt; } .sign.two .day-title, .sign.two .trainers { font-size: 15pt; } .sign.two .cohort { font-size: 13pt; }
.sign .welcome { margin-top: auto; font-size: 14pt; color: #444; }
`;

const schedule = `
@page { size: A4 portrait; margin: 14mm 10mm 12mm 10mm; }
@media screen { .page { width: 210mm; } }
.facts { display: flex; gap: 8mm; flex-wrap: wrap; font-size: 10pt; margin-bottom: 3mm; }
.list th, .list td { border-bottom: 0.3mm solid #999; padding: 1.5mm 1.5mm; text-align: left; vertical-align: top; font-size: 9pt; }
.list thead th { background: #222; color: #fff; }
.list { table-layout: fixed; }
.list col.c-day { width: 9mm; } .list col.c-date { width: 36mm; } .list col.c-time { width: 22mm; } .list col.c-trainers { width: 34mm; }
.list td.date { font-weight: bold; }
.list td.time { white-space: nowrap; }
.list .small { font-size: 8pt; color: #444; }
.list tr.undated td { color: #7a4b00; }
.total { margin-top: 3mm; font-size: 9pt; }
`;

export type SheetKind = 'roomPlan' | 'doorSigns' | 'schedule';

export function printCss(kind: SheetKind): string {
  const own = kind === 'roomPlan' ? roomPlan : kind === 'doorSigns' ? doorSign : schedule;
  return base + own;
}
