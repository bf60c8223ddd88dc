import { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { trustProxies } from './client-address';
import { DomainErrorFilter } from './errors/domain-error.filter';
import { SaidBadRequestFilter } from './errors/said-bad-request';
import { strictValidationPipe } from './errors/validation';
import { hardenHttp } from './hardening';
import { openApiDocument, useApiPrefix } from './openapi-document';
import { RequestFingerprintInterceptor } from './request-context/request-fingerprint';
import { RequestReadsInterceptor } from './request-context/request-reads';
import { RequestSignalInterceptor } from './request-context/request-signal';
import { trackRequests } from './shutdown/in-flight-requests';

/** What every HTTP entry point shares, in production and in end-to-end tests alike. */
export function configureHttp(app: INestApplication): void {
  // First: a request is in flight, with its abort signal, from its arrival on.
  trackRequests(app);
  hardenHttp(app);
  trustProxies(app);
  useApiPrefix(app);
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter(), new SaidBadRequestFilter());
  app.useGlobalInterceptors(new RequestFingerprintInterceptor(), new RequestSignalInterceptor(), new RequestReadsInterceptor());
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
