// A date typed the planner's way instead of <input type="date">, which shows the
// browser's locale (MM/DD/YYYY on an English system) whatever the UI language.
import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { useT } from '../../i18n/useT';
import { formatDateText, parseDateText } from './parseDate';
import './dateField.css';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'>;

export interface DateFieldProps extends Passed {
  /** ISO yyyy-mm-dd, or '' when empty. */
  value: string;
  /** Called with an ISO date whenever the text is a whole valid date, and with '' when it is emptied. */
  onChange(iso: string): void;
  /** Called with the raw text while it is not a date, for forms that must not keep the last good value. */
  onInvalidText?(text: string): void;
}

export function DateField({ value, onChange, onInvalidText, className, onBlur, onKeyDown, ...rest }: DateFieldProps) {
  const { t, language } = useT();
  const messageId = useId();
  const [text, setText] = useState(() => formatDateText(value, language));
  const [showProblem, setShowProblem] = useState(false);
  // What this field last reported: a value that differs came from outside (undo, "Terminens start", a reload).
  // null while the text is not a date: the parent's answer to onInvalidText is then ours too.
  const reported = useRef<string | null>(value);
  useEffect(() => {
    if (reported.current === null) {
      reported.current = value;
    } else if (value !== reported.current) {
      reported.current = value;
      setText(formatDateText(value, language));
      setShowProblem(false);
    }
  }, [value, language]);
  // The language changes how a date is written, not which date it is.
  useEffect(() => {
    setText((current) => {
      const read = parseDateText(current, language === 'da' ? 'en' : 'da');
      return read.ok ? formatDateText(read.iso, language) : current;
    });
  }, [language]);

  const parsed = text.trim() === '' ? null : parseDateText(text, language);
  const problem = parsed && !parsed.ok ? parsed.problem : null;
  const change = (next: string) => {
    setText(next);
    const read = next.trim() === '' ? null : parseDateText(next, language);
    if (read === null) {
      reported.current = '';
      onChange('');
    } else if (read.ok) {
      reported.current = read.iso;
      if (read.iso !== value) onChange(read.iso);
      setShowProblem(false);
    } else if (onInvalidText) {
      reported.current = null;
      onInvalidText(next);
    }
  };
  const settle = () => {
    setShowProblem(problem !== null);
    if (parsed?.ok) setText(formatDateText(parsed.iso, language));
  };
  return (
    <span className="hp-datefield">
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('date.placeholder')}
        className={className}
        value={text}
        aria-invalid={rest['aria-invalid'] ?? (showProblem && problem !== null ? true : undefined)}
        aria-describedby={showProblem && problem ? messageId : undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={(e) => {
          settle();
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') settle();
          onKeyDown?.(e);
        }}
      />
      {showProblem && problem && (
        <span className="hp-datefield-problem" id={messageId} role="alert" data-testid="date-problem">
          {t(problem === 'format' ? 'date.problem.format' : 'date.problem.noSuchDay')}
        </span>
      )}
    </span>
  );
}
