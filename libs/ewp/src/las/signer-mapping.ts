import type { Actor } from '@app/domain';
import type { EwpSignature } from './la-document';

/** The signer an EWP signature names, as the actor fields the domain records: only those it gives. */
export const signerFieldsOf = (signature: EwpSignature): Pick<Actor, 'name' | 'email' | 'position' | 'signerApp'> => ({
  ...(signature.signerName !== undefined && { name: signature.signerName }),
  ...(signature.signerEmail !== undefined && { email: signature.signerEmail }),
  ...signerDetailsOf(signature),
});

/**
 * What an EWP signature adds to the caller's own signature: the position held and the
 * application used. Who signs (id, name, email) comes from the token, never from the document.
 */
export const signerDetailsOf = (signature: EwpSignature): Pick<Actor, 'position' | 'signerApp'> => ({
  ...(signature.signerPosition !== undefined && { position: signature.signerPosition }),
  ...(signature.signerApp !== undefined && { signerApp: signature.signerApp }),
});
