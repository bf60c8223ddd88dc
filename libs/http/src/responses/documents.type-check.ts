import { Documents } from './documents';

/*
 * What `Documents` refuses, checked by the compiler (`npm run typecheck`): each refused class
 * carries @ts-expect-error where the error falls, so the check fails the day one compiles.
 */
type View = { id: string; note: string | null; extra?: number };

// @ts-expect-error a field of the view left undocumented
export class LeavesOut implements Documents<View, LeavesOut> {
  id = '';
  note: string | null = null;
}

export class NeverNull implements Documents<View, NeverNull> {
  id = '';
  // @ts-expect-error a field the view may send as null, documented as never null
  note = '';
  extra?: number;
}

// @ts-expect-error a field the view may leave out, documented as always there
export class AlwaysThere implements Documents<View, AlwaysThere> {
  id = '';
  note: string | null = null;
  extra = 0;
}

export class AsSent implements Documents<View, AsSent> {
  id = '';
  note: string | null = null;
  extra?: number;
}
