/** The claims of the signed-in person's token, as the API reads them. */
export interface Identity {
  sub: string;
  role: 'student' | 'sending' | 'receiving' | 'auditor' | 'admin';
  institution?: string;
  name?: string;
  email?: string;
  exp?: number;
}

const KEY = 'mobility-ledger.token';
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

function decode(token: string): Identity | undefined {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    const claims = JSON.parse(json) as Identity;
    return typeof claims.sub === 'string' && typeof claims.role === 'string' ? claims : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bearer token lives in the tab's sessionStorage: closing the tab signs out, and two
 * tabs may act as two parties. The API checks the token; the page only reads its claims.
 */
export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  identity: (): Identity | undefined => {
    const token = sessionStorage.getItem(KEY);
    return token ? decode(token) : undefined;
  },
  /** The claims, or undefined when the text is not a token at all. */
  signIn(token: string): Identity | undefined {
    const identity = decode(token.trim());
    if (identity) {
      sessionStorage.setItem(KEY, token.trim());
      changed();
    }
    return identity;
  },
  signOut(): void {
    sessionStorage.removeItem(KEY);
    changed();
  },
  expire(): void {
    if (sessionStorage.getItem(KEY)) session.signOut();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
