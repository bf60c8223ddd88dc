import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { Language, languageOf } from '@app/domain';

/** The language of the request's reader: `?lang=` where a route takes one, else Accept-Language, else English. */
export const readerLanguageOf = (request: Pick<Request, 'headers' | 'query'>): Language => {
  const lang = request.query?.lang;
  return languageOf(request.headers['accept-language'], typeof lang === 'string' ? lang : undefined);
};

/** A controller's parameter: the language to say the answer's sentences in. */
export const ReaderLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  readerLanguageOf(context.switchToHttp().getRequest<Request>()),
);
