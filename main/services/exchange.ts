// Spreadsheet import behind the contract: the file arrives as base64 (over IPC
// or HTTP alike); the preview changes nothing, the import is one store update.
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { applySheetImport, previewSheetImport } from '../exchange/sheets/importSheet';

type ExchangeHandlers = Pick<Handlers, 'sheets.importPreview' | 'sheets.import'>;

export function exchangeHandlers(store: Store): ExchangeHandlers {
  return {
    'sheets.importPreview': ({ table, data, mapping, sheetName }) =>
      previewSheetImport(store.read(), table, Buffer.from(data, 'base64'), { mapping, sheetName }),
    'sheets.import': ({ table, data, mapping, sheetName }) => applySheetImport(store, table, Buffer.from(data, 'base64'), { mapping, sheetName }),
  };
}
