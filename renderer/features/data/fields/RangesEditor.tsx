import { useT } from '../../../i18n/useT';
import { DateField } from '../../dates/DateField';

interface Range {
  start: string;
  end: string;
  [key: string]: unknown;
}

function asRanges(value: unknown): Range[] {
  return Array.isArray(value) ? (value as Range[]) : [];
}

/** Blocked date ranges: one row per range, each with a first and a last day. */
export function RangesEditor({ id, value, onChange, invalid }: { id: string; value: unknown; onChange(ranges: Range[]): void; invalid: boolean }) {
  const { t } = useT();
  const ranges = asRanges(value);
  const put = (index: number, patch: Partial<Range>) => onChange(ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <div className="ranges" id={id} data-testid={`${id}-ranges`}>
      {ranges.length === 0 && <p className="muted ranges-empty">{t('data.ranges.none')}</p>}
      {ranges.map((range, index) => (
        <div className="range-row" key={index} data-testid="range-row">
          <DateField
            className="field-input"
            aria-label={t('data.ranges.start', { n: index + 1 })}
            aria-invalid={invalid || undefined}
            data-testid="range-start"
            value={range.start}
            onChange={(iso) => put(index, { start: iso, end: range.end === '' || range.end < iso ? iso : range.end })}
            onInvalidText={(text) => put(index, { start: text })}
          />
          <span aria-hidden="true">–</span>
          <DateField
            className="field-input"
            aria-label={t('data.ranges.end', { n: index + 1 })}
            aria-invalid={invalid || undefined}
            data-testid="range-end"
            value={range.end}
            onChange={(iso) => put(index, { end: iso })}
            onInvalidText={(text) => put(index, { end: text })}
          />
          <button type="button" className="button-quiet" aria-label={t('data.ranges.remove', { n: index + 1 })} onClick={() => onChange(ranges.filter((_, i) => i !== index))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="button-quiet" data-testid={`${id}-add`} onClick={() => onChange([...ranges, { start: '', end: '' }])}>
        + {t('data.ranges.add')}
      </button>
    </div>
  );
}
