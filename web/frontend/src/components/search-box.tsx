import { Icon, TextField } from '@shopify/polaris';
import { SearchIcon } from '@shopify/polaris-icons';
import { useEffect, useRef, useState } from 'react';
import { useDebounced } from './use-debounced.js';

/**
 * A search field that keeps its text to itself and reports it once typing pauses: each keystroke re-renders only
 * the field, not the list it filters (keeps typing responsive on a long list).
 */
export function SearchBox({
  label,
  placeholder,
  onSearch,
}: {
  label: string;
  placeholder: string;
  onSearch: (q: string) => void;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text);
  // Reports settled text only; the latest callback is read through a ref so a new one does not re-report.
  const report = useRef(onSearch);
  report.current = onSearch;
  useEffect(() => report.current(q), [q]);
  return (
    <TextField
      label={label}
      labelHidden
      placeholder={placeholder}
      value={text}
      onChange={setText}
      prefix={<Icon source={SearchIcon} />}
      clearButton
      onClearButtonClick={() => setText('')}
      autoComplete="off"
    />
  );
}
