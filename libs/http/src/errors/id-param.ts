import { Param, PipeTransform } from '@nestjs/common';
import { SaidBadRequest } from './said-bad-request';

/** Account ids, SCHAC codes, component codes, schemes: letters, digits and a few separators. */
const ID = /^[\w.@:-]{1,128}$/;

class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (ID.test(value)) return value;
    const body = (message: string) => ({ statusCode: 400, error: 'BAD_REQUEST', message });
    throw new SaidBadRequest({
      en: body(`${this.name} must be 1 to 128 letters, digits, dots, colons, at signs, dashes or underscores`),
      fr: body(`${this.name} doit compter de 1 à 128 lettres, chiffres, points, deux-points, arobases, tirets ou tirets bas`),
    });
  }
}

/** A path parameter that names a resource by id; anything else is refused before a handler sees it. */
export const IdParam = (name: string) => Param(name, new ParseIdPipe(name));
