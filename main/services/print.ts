// Printouts behind the contract: the HTML of each (for a print preview), and
// the PDF made from it by whichever adapter the app installed (sharedPdf.ts).
import type { Handlers, OpParsedInput } from '../../shared/contract/operations';
import type { PrintDocument } from '../../shared/contract/printResults';
import type { Store } from '../store/types';
import { cohortDocument, doorSignsDocument, roomPlanDocument, trainerDocument } from '../print/printDocument';
import { currentHtmlToPdf } from '../print/sharedPdf';

type PrintHandlers = Pick<Handlers, 'print.roomPlanHtml' | 'print.doorSignsHtml' | 'print.trainerHtml' | 'print.cohortHtml' | 'print.pdf'>;
type RoomPlanInput = OpParsedInput<'print.roomPlanHtml'>;

function roomPlan(store: Store, { centreId, week, date }: RoomPlanInput): PrintDocument {
  return roomPlanDocument(store.read(), centreId, date !== undefined ? { date } : { week: week! });
}

function documentFor(store: Store, request: OpParsedInput<'print.pdf'>): PrintDocument {
  const plan = store.read();
  switch (request.what) {
    case 'roomPlan':
      return roomPlan(store, request);
    case 'doorSigns':
      return doorSignsDocument(plan, request.centreId, request.date);
    case 'trainer':
      return trainerDocument(plan, request.trainerId);
    case 'cohort':
      return cohortDocument(plan, request.cohortId);
  }
}

export function printHandlers(store: Store): PrintHandlers {
  return {
    'print.roomPlanHtml': async (input) => roomPlan(store, input),
    'print.doorSignsHtml': async ({ centreId, date }) => doorSignsDocument(store.read(), centreId, date),
    'print.trainerHtml': async ({ trainerId }) => trainerDocument(store.read(), trainerId),
    'print.cohortHtml': async ({ cohortId }) => cohortDocument(store.read(), cohortId),
    'print.pdf': async (request) => {
      const doc = documentFor(store, request);
      const bytes = await currentHtmlToPdf()(doc);
      return { fileName: doc.fileName, pdf: Buffer.from(bytes).toString('base64') };
    },
  };
}
