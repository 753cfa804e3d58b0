import { useState } from 'react';
import { splitTags } from '../paths';

/** Tags typed as "a, b, c"; the text is kept while typing so a trailing comma does not vanish. */
export function TagsInput({ id, value, onChange, invalid }: { id: string; value: unknown; onChange(tags: string[]): void; invalid: boolean }) {
  const tags = Array.isArray(value) ? (value as unknown[]).map(String) : [];
  const [text, setText] = useState(tags.join(', '));
  return (
    <input
      id={id}
      className="field-input"
      aria-invalid={invalid || undefined}
      value={splitTags(text).join(',') === tags.join(',') ? text : tags.join(', ')}
      onChange={(e) => {
        setText(e.target.value);
        onChange(splitTags(e.target.value));
      }}
    />
  );
}
