import { BadRequestException, Param, PipeTransform } from '@nestjs/common';
import { ErrorBody } from './error-body';

/** Account ids, SCHAC codes, component codes, schemes: letters, digits and a few separators. */
const ID = /^[\w.@:-]{1,128}$/;

class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (ID.test(value)) return value;
    const body: ErrorBody = { statusCode: 400, error: 'BAD_REQUEST', message: `${this.name} must be 1 to 128 letters, digits, dots, colons, at signs, dashes or underscores` };
    throw new BadRequestException(body);
  }
}

/** A path parameter that names a resource by id; anything else is refused before a handler sees it. */
export const IdParam = (name: string) => Param(name, new ParseIdPipe(name));
