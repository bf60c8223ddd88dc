import { text } from 'express';
import { invalid } from '@app/domain';
import { ewpRefusal } from '../ewp-refusal-words';
import { assertNoDoctype } from '../xml/xml-codec';

/** The body parser of EWP routes: XML as text, next to the app's JSON parser, which leaves it alone. */
export const xmlBodyParser = text({ type: ['application/xml', 'text/xml'], limit: '1mb' });

export const xmlBody = (body: unknown): string => {
  if (typeof body !== 'string' || body.trim() === '') {
    throw invalid(ewpRefusal('xmlBodyMissing'));
  }
  // Before the schema validator or the parser sees it: neither should be asked to resolve entities.
  assertNoDoctype(body);
  return body;
};
