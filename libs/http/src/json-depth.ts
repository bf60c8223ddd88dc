import { BadRequestException } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody } from './errors/error-body';

/** The deepest learning agreement nests about six levels; far deeper is an attack on the parsers' recursion. */
export const MAX_JSON_DEPTH = 32;

const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deep the arrays and objects of a JSON text nest, read without parsing it (no recursion). */
export function jsonDepth(text: Buffer | string): number {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) deepest = Math.max(deepest, (depth += 1));
    else if (CLOSE.has(byte)) depth -= 1;
  }
  return deepest;
}

/**
 * The JSON body parser's `verify` hook: refuses (400, HTTP-JSON-DEPTH) a body nested deeper than
 * MAX_JSON_DEPTH before it is parsed, so that no recursive step after it (class-transformer,
 * validation, canonical JSON, hashing) can overflow the stack and answer 500.
 */
export function refuseDeepJson(_request: IncomingMessage, _response: ServerResponse, body: Buffer): void {
  if (jsonDepth(body) <= MAX_JSON_DEPTH) return;
  const refusal: ErrorBody = {
    statusCode: 400,
    error: 'BAD_REQUEST',
    message: `HTTP-JSON-DEPTH: the JSON body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`,
    ruleId: 'HTTP-JSON-DEPTH',
  };
  throw new BadRequestException(refusal);
}
