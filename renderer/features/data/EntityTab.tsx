import { useDeferredValue, useMemo, useState } from 'react';
import type { Plan } from '../../../shared/domain/schema';
import { ApiError } from '../../api/ApiError';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/format';
import { messageOf } from '../../store/messageOf';
import { useAppStore } from '../../store/useAppStore';
import { DataTable, sortRows, type SortState } from './DataTable';
import { EntityForm } from './EntityForm';
import type { TabConfig } from './tabConfig';

type Editing<R> = { kind: 'new' } | { kind: 'row'; row: R; key: string } | null;

interface Refusal {
  message: string;
  details: readonly string[];
  canUnassign: boolean;
}

export function EntityTab<R>({ config, plan, testId }: { config: TabConfig<R>; plan: Plan; testId: string }) {
  const { t, language } = useT();
  const change = useAppStore((s) => s.change);
  const dismissError = useAppStore((s) => s.dismissError);
  const readOnly = useAppStore((s) => s.storeStatus?.readOnly ?? false);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [filterValues, setFilterValues] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<SortState>(config.defaultSort);
  const [editing, setEditing] = useState<Editing<R>>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A new form (fresh state) whenever another row is opened or the same one is reopened.
  const [formKey, setFormKey] = useState(0);

  const columns = useMemo(() => config.columns(plan, t, language), [config, plan, t, language]);
  const filters = useMemo(() => config.filters?.(plan, t) ?? [], [config, plan, t]);
  const all = useMemo(() => config.rows(plan), [config, plan]);
  const rows = useMemo(() => {
    const needle = deferredSearch.trim().toLocaleLowerCase('da');
    const kept = all.filter(
      (row) =>
        (needle === '' || config.searchText(row, plan).toLocaleLowerCase('da').includes(needle)) &&
        filters.every((f) => !filterValues[f.id] || f.matches(row, filterValues[f.id] ?? '')),
    );
    return sortRows(kept, columns, sort);
  }, [all, deferredSearch, filters, filterValues, columns, sort, config, plan]);

  const open = (next: Editing<R>) => {
    setEditing(next);
    setRefusal(null);
    setNotice(null);
    setFormKey((k) => k + 1);
  };
  const current = editing?.kind === 'row' ? (all.find((r) => config.rowKey(r) === editing.key) ?? editing.row) : null;

  const remove = async (unassign: boolean) => {
    if (!current || !config.remove) return;
    try {
      await config.remove(change, current, unassign);
      setEditing(null);
      setRefusal(null);
      setNotice(t('data.deleted', { name: config.name(current) }));
    } catch (e) {
      dismissError();
      setRefusal({ message: messageOf(e), details: e instanceof ApiError ? e.details : [], canUnassign: e instanceof ApiError && e.code === 'in-use' });
    }
  };

  return (
    <div className="entity-tab" data-testid={testId}>
      <div className="data-tools">
        <input
          type="search"
          className="field-input data-search"
          placeholder={t('data.search')}
          aria-label={t('data.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="data-search"
        />
        {filters.map((f) => (
          <label key={f.id} className="data-filter">
            <span>{t(f.label)}</span>
            <select className="field-input" value={filterValues[f.id] ?? ''} onChange={(e) => setFilterValues({ ...filterValues, [f.id]: e.target.value })} data-testid={`filter-${f.id}`}>
              <option value="">{t('data.filter.all')}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <span className="data-count muted" data-testid="data-count">
          {t('data.count', { shown: formatNumber(language, rows.length), total: formatNumber(language, all.length) })}
        </span>
        <button type="button" className="button-primary" disabled={readOnly} onClick={() => open({ kind: 'new' })} data-testid="data-add">
          + {t(config.addLabel)}
        </button>
      </div>
      {notice && (
        <p className="data-notice" role="status" data-testid="data-notice">
          {notice}
        </p>
      )}
      <div className="data-split">
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={config.rowKey}
          sort={sort}
          onSort={setSort}
          selectedKey={editing?.kind === 'row' ? editing.key : null}
          onOpen={(row) => open({ kind: 'row', row, key: config.rowKey(row) })}
          testId={`${testId}-table`}
          compact={editing !== null}
        />
        {editing && (
          <aside className="data-panel" aria-label={editing.kind === 'new' ? t(config.addLabel) : config.name(current ?? editing.row)}>
            <EntityForm
              key={formKey}
              title={editing.kind === 'new' || !current ? t(config.addLabel) : config.name(current)}
              fields={config.fields(plan, t)}
              initial={editing.kind === 'new' || !current ? config.blank(plan) : config.values(current)}
              onSave={(values, confirmed) => config.save(change, values, editing.kind === 'row' ? current : null, confirmed, t)}
              onClose={() => setEditing(null)}
              onDone={(message) => {
                setNotice(message ?? t('data.saved'));
                if (editing.kind === 'new') setEditing(null);
              }}
            />
            {current && config.remove && (
              <div className="data-delete">
                {refusal ? (
                  <div className="form-error" role="alert" data-testid="delete-refusal">
                    <p>{refusal.message}</p>
                    {refusal.canUnassign && (
                      <button type="button" className="button-danger" disabled={readOnly} onClick={() => void remove(true)} data-testid="delete-unassign">
                        {t('data.delete.unassign')}
                      </button>
                    )}
                  </div>
                ) : (
                  <button type="button" className="button-danger-quiet" disabled={readOnly} onClick={() => void remove(false)} data-testid="data-delete">
                    {t('data.delete')}
                  </button>
                )}
              </div>
            )}
          </aside>
        )}
      </div>
    </div>
  );
}
