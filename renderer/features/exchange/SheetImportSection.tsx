import { useState } from 'react';
import type { SheetImportResult, SheetImportRow } from '../../../shared/contract/results';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/format';
import { messageOf } from '../../store/messageOf';
import { useAppStore } from '../../store/useAppStore';
import { bytesToBase64 } from '../print/download';
import { loadMapping, saveMapping, type ColumnMapping } from './savedMapping';
import { SHEET_FIELDS, SHEET_TABLES, type SheetTable } from './sheetFields';

interface SheetFile {
  name: string;
  data: string;
}

const IGNORE = '';

/**
 * Trainers, rooms or cohorts from a spreadsheet: pick the file, check which
 * column is which field, look at what each row would do, then import. Only
 * the last step writes anything.
 */
export function SheetImportSection() {
  const { t, language } = useT();
  const query = useAppStore((s) => s.query);
  const change = useAppStore((s) => s.change);
  const dismissError = useAppStore((s) => s.dismissError);
  const readOnly = useAppStore((s) => s.storeStatus?.readOnly ?? false);
  const [table, setTable] = useState<SheetTable>('trainers');
  const [file, setFile] = useState<SheetFile | null>(null);
  const [preview, setPreview] = useState<SheetImportResult | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SheetImportResult | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const runPreview = async (forTable: SheetTable, sheet: SheetFile, wanted: ColumnMapping | undefined) => {
    setBusy(true);
    try {
      const result = await query('sheets.importPreview', { table: forTable, data: sheet.data, ...(wanted ? { mapping: wanted } : {}) });
      setPreview(result);
      setMapping(result.mapping);
      setError(null);
    } catch (e) {
      setPreview(null);
      setError(messageOf(e));
      if (wanted) setMapping(wanted);
    } finally {
      setBusy(false);
    }
  };

  const start = async (forTable: SheetTable, sheet: SheetFile) => {
    const remembered = loadMapping(localStorage, forTable);
    await runPreview(forTable, sheet, remembered);
  };

  const pickFile = async (picked: File | undefined) => {
    setDone(null);
    setPreview(null);
    setError(null);
    if (!picked) return;
    const sheet = { name: picked.name, data: bytesToBase64(new Uint8Array(await picked.arrayBuffer())) };
    setFile(sheet);
    await start(table, sheet);
  };

  const pickTable = (next: SheetTable) => {
    setTable(next);
    setDone(null);
    setPreview(null);
    setMapping({});
    if (file) void start(next, file);
  };

  const remap = (header: string, field: string) => {
    if (!file) return;
    const next = { ...mapping, [header]: field === IGNORE ? null : field };
    setMapping(next);
    void runPreview(table, file, next);
  };

  const apply = async () => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      const result = await change('sheets.import', { table, data: file.data, mapping });
      saveMapping(localStorage, table, result.mapping);
      setDone(result);
      setPreview(null);
      setFile(null);
      setInputKey((k) => k + 1);
      setError(null);
    } catch (e) {
      dismissError();
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const n = (v: number) => formatNumber(language, v);
  const writes = preview ? preview.counts.create + preview.counts.update : 0;
  const headers = Object.keys(mapping);
  return (
    <section className="card" aria-labelledby="sheets-title" data-testid="sheets-section">
      <h3 id="sheets-title">{t('sheets.title')}</h3>
      <p className="muted">{t('sheets.intro')}</p>
      <div className="print-fields">
        <label>
          {t('sheets.table')}
          <select value={table} onChange={(e) => pickTable(e.target.value as SheetTable)} data-testid="sheets-table">
            {SHEET_TABLES.map((tb) => (
              <option key={tb} value={tb}>
                {t(`sheets.table.${tb}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={`button-quiet file-button ${readOnly ? 'file-button-disabled' : ''}`}>
          {file ? t('sheets.otherFile') : t('sheets.chooseFile')}
          <input
            key={inputKey}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={readOnly}
            onChange={(e) => void pickFile(e.target.files?.[0])}
            data-testid="sheets-file"
          />
        </label>
        {file && <span className="print-note">{file.name}</span>}
      </div>
      {error !== null && (
        <p className="print-error" role="alert" data-testid="sheets-error">
          {error}
        </p>
      )}
      {file && headers.length > 0 && (
        <div className="sheets-step" data-testid="sheets-mapping">
          <h4>{t('sheets.mappingTitle')}</h4>
          <p className="muted">{t('sheets.mappingIntro')}</p>
          <div className="sheets-mapping">
            {headers.map((header) => (
              <label key={header} className="sheets-map-row">
                <span className="sheets-header">{header}</span>
                <select value={mapping[header] ?? IGNORE} onChange={(e) => remap(header, e.target.value)} data-testid={`sheets-map-${header}`}>
                  <option value={IGNORE}>{t('sheets.ignore')}</option>
                  {SHEET_FIELDS[table].map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(t, f)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </div>
      )}
      {preview !== null && (
        <div className="sheets-step" data-testid="sheets-preview">
          <h4>{t('sheets.previewTitle')}</h4>
          <p data-testid="sheets-counts">
            {t('sheets.counts', { create: n(preview.counts.create), update: n(preview.counts.update), unchanged: n(preview.counts.unchanged), reject: n(preview.counts.reject) })}
          </p>
          <div className="sheets-table-wrap">
            <table className="sheets-rows">
              <thead>
                <tr>
                  <th>{t('sheets.col.row')}</th>
                  <th>{t('sheets.col.action')}</th>
                  <th>{t('sheets.col.id')}</th>
                  <th>{t('sheets.col.name')}</th>
                  <th>{t('sheets.col.details')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <PreviewRow key={row.row} row={row} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="print-actions">
            <button type="button" className="button-primary" disabled={writes === 0 || busy || readOnly} onClick={() => void apply()} data-testid="sheets-apply">
              {t('sheets.apply', { n: n(writes) })}
            </button>
            {writes === 0 && <span className="print-note">{t('sheets.nothingToWrite')}</span>}
          </div>
        </div>
      )}
      {done !== null && (
        <p className="print-good" data-testid="sheets-done">
          {t('sheets.done', { create: n(done.counts.create), update: n(done.counts.update), reject: n(done.counts.reject) })}
        </p>
      )}
    </section>
  );
}

function fieldLabel(t: ReturnType<typeof useT>['t'], field: string): string {
  return `${t(`sheets.field.${field}` as Parameters<typeof t>[0])} (${field})`;
}

function PreviewRow({ row }: { row: SheetImportRow }) {
  const { t } = useT();
  const details = row.action === 'reject' ? row.reasons.join('; ') : row.action === 'update' ? t('sheets.changed', { fields: row.changed.join(', ') }) : '';
  return (
    <tr className={`sheets-row sheets-${row.action}`} data-testid="sheets-row">
      <td>{row.row}</td>
      <td>
        <span className={`sheets-badge sheets-badge-${row.action}`}>{t(`sheets.action.${row.action}`)}</span>
      </td>
      <td>{row.id ?? '–'}</td>
      <td>{row.name}</td>
      <td>{details}</td>
    </tr>
  );
}
