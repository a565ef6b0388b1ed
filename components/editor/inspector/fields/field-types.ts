/** What every inspector field receives. */
export interface FieldProps<T> {
  /** Unique within the page: used to tie labels to inputs. */
  id: string;
  label: string;
  /** The stored value; undefined when the prop is not set (the default applies). */
  value: T | undefined;
  /** The value that applies when nothing is stored. */
  fallback?: T;
  /** Stores a new value; undefined removes the prop. */
  onChange(value: T | undefined): void;
}
