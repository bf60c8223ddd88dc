import { BadRequestException } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_JSON_DEPTH, jsonDepth, refuseDeepJson } from './json-depth';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const verify = (text: string) => () => refuseDeepJson({} as IncomingMessage, {} as ServerResponse, Buffer.from(text));

describe('JSON nesting depth, read before parsing (HTTP-JSON-DEPTH)', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}],"c":{}}')).toBe(3);
    expect(jsonDepth('{"text":"[[[{{{ \\" [[[ "}')).toBe(1);
    expect(jsonDepth('"just a string"')).toBe(0);
  });

  it(`lets ${MAX_JSON_DEPTH} levels through and refuses one more with a 400 naming the rule`, () => {
    expect(verify(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(verify(nested(MAX_JSON_DEPTH + 1))).toThrow(BadRequestException);
    const refusal = (() => {
      try {
        verify(`{"content":${nested(3000)}}`)();
      } catch (error) {
        return (error as BadRequestException).getResponse();
      }
    })();
    expect(refusal).toMatchObject({ statusCode: 400, ruleId: 'HTTP-JSON-DEPTH' });
  });
});
