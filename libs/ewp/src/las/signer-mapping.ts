import type { Actor } from '@app/domain';
import type { EwpSignature } from './la-document';

/** The signer an EWP signature names, as the actor fields the domain records: only those it gives. */
export const signerFieldsOf = (signature: EwpSignature): Pick<Actor, 'name' | 'email' | 'position' | 'signerApp'> => ({
  ...(signature.signerName !== undefined && { name: signature.signerName }),
  ...(signature.signerEmail !== undefined && { email: signature.signerEmail }),
  ...(signature.signerPosition !== undefined && { position: signature.signerPosition }),
  ...(signature.signerApp !== undefined && { signerApp: signature.signerApp }),
});
