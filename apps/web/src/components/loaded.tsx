import { ReactNode } from 'react';
import { Loaded } from '../api/use-api';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';

/** The three states of a page's data: loading, refused, there. */
export function LoadedView<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  return <>{children(loaded.data)}</>;
}
