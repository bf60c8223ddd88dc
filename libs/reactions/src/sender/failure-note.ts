/**
 * The error of a failed delivery as it may be stored and shown to an administrator: an SMTP
 * reply often repeats the recipient's address (`550 <ivan@example.com>: Recipient address
 * rejected`), and the address opened for sending must not leave the sender in plain text, so
 * each occurrence, whatever its case, names the recipient by their id instead.
 */
export function failureNote(message: string, openedAddress: string, recipientId: string): string {
  if (openedAddress === '') return message;
  const escaped = openedAddress.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return message.replace(new RegExp(escaped, 'gi'), recipientId);
}
