import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';
import { ApiError } from '../../api/ApiError';
import { messageOf } from '../../store/messageOf';
import { useAppStore } from '../../store/useAppStore';
import { fieldErrors, type FieldErrors } from './fieldErrors';
import { getPath, numberOrText, setPath, type Values } from './paths';
import type { Option } from './fields/options';
import { TagsInput } from './fields/TagsInput';
import { RangesEditor } from './fields/RangesEditor';
import { VenueEditor } from './fields/VenueEditor';
import { DaysEditor } from './fields/DaysEditor';
import { DateField } from '../dates/DateField';

export type FieldKind = 'text' | 'number' | 'date' | 'select' | 'tags' | 'ranges' | 'venue' | 'days';

export interface FieldSpec {
  /** Where the value lives in the entity, as the services name it in their messages. */
  path: string;
  label: MessageKey;
  kind: FieldKind;
  options?: readonly Option[];
  hint?: MessageKey;
  wide?: boolean;
}

/** A line to show after saving ("6 course days created"), or a question to confirm before anything is saved. */
export type SaveOutcome = { notice: string | null } | { confirm: string };

export interface EntityFormProps {
  title: string;
  fields: readonly FieldSpec[];
  initial: Values;
  /** Saves, or asks first when the change would undo planned work (`confirmed` is then true on the second try). */
  onSave(values: Values, confirmed: boolean): Promise<SaveOutcome>;
  onClose(): void;
  onDone?(notice: string | null): void;
}

const NO_ERRORS: FieldErrors = { byField: {}, general: [] };

export function EntityForm({ title, fields, initial, onSave, onClose, onDone }: EntityFormProps) {
  const { t } = useT();
  const dismissError = useAppStore((s) => s.dismissError);
  const readOnly = useAppStore((s) => s.storeStatus?.readOnly ?? false);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const [question, setQuestion] = useState<string | null>(null);

  const save = async (confirmed: boolean) => {
    setSaving(true);
    try {
      const outcome = await onSave(values, confirmed);
      setErrors(NO_ERRORS);
      if ('confirm' in outcome) {
        setQuestion(outcome.confirm);
        return;
      }
      setQuestion(null);
      onDone?.(outcome.notice);
    } catch (err) {
      const details = err instanceof ApiError ? err.details : [];
      setErrors(fieldErrors(details, messageOf(err), fields.map((f) => f.path)));
      // The messages now stand next to their fields; the alert above would only repeat them.
      dismissError();
    } finally {
      setSaving(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  return (
    <form className="entity-form" onSubmit={submit} noValidate data-testid="entity-form">
      <div className="entity-form-head">
        <h3>{title}</h3>
        <button type="button" className="button-quiet" onClick={onClose} aria-label={t('data.form.close')}>
          ✕
        </button>
      </div>
      {errors.general.length > 0 && (
        <div className="form-error" role="alert">
          {errors.general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <div className="entity-form-fields">
        {fields.map((field) => {
          const id = `field-${field.path.replace(/\./g, '-')}`;
          const messages = errors.byField[field.path] ?? [];
          const invalid = messages.length > 0;
          const value = getPath(values, field.path);
          const put = (v: unknown) => setValues((current) => setPath(current, field.path, v));
          return (
            <div key={field.path} className={`field ${field.wide ? 'field-wide' : ''} ${invalid ? 'field-has-error' : ''}`} data-testid={id}>
              <label htmlFor={id}>{t(field.label)}</label>
              <FieldInput id={id} field={field} value={value} invalid={invalid} onChange={put} />
              {field.hint && !invalid && <p className="field-hint">{t(field.hint)}</p>}
              {messages.map((m) => (
                <p key={m} className="field-error" data-testid={`${id}-error`}>
                  {m}
                </p>
              ))}
            </div>
          );
        })}
      </div>
      {question !== null && (
        <div className="form-question" role="alert">
          <p>{question}</p>
          <button type="button" className="button-danger" onClick={() => void save(true)} disabled={saving}>
            {t('data.form.saveAnyway')}
          </button>
        </div>
      )}
      <div className="entity-form-actions">
        <button type="submit" className="button-primary" disabled={saving || readOnly} data-testid="form-save">
          {saving ? t('data.form.saving') : t('data.form.save')}
        </button>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('data.form.cancel')}
        </button>
      </div>
    </form>
  );
}

function FieldInput({ id, field, value, invalid, onChange }: { id: string; field: FieldSpec; value: unknown; invalid: boolean; onChange(v: unknown): void }) {
  const text = value === undefined || value === null ? '' : String(value);
  const common = { id, className: 'field-input', 'aria-invalid': invalid || undefined };
  switch (field.kind) {
    case 'text':
      return <input {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'number':
      return <input {...common} inputMode="decimal" value={text} onChange={(e) => onChange(numberOrText(e.target.value))} />;
    case 'date':
      return <DateField {...common} value={text} onChange={onChange} onInvalidText={onChange} />;
    case 'select':
      return (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'tags':
      return <TagsInput id={id} value={value} onChange={onChange} invalid={invalid} />;
    case 'ranges':
      return <RangesEditor id={id} value={value} onChange={onChange} invalid={invalid} />;
    case 'venue':
      return <VenueEditor id={id} value={value} onChange={onChange} centres={field.options ?? []} invalid={invalid} />;
    case 'days':
      return <DaysEditor id={id} value={value} onChange={onChange} invalid={invalid} />;
  }
}
