import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { trustProxies } from './client-address';
import { DomainErrorFilter } from './errors/domain-error.filter';
import { strictValidationPipe } from './errors/validation';
import { hardenHttp } from './hardening';
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
  // Scrapers and orchestrators expect these at the root, as every service serves them.
  app.setGlobalPrefix('api', { exclude: ['metrics', 'health/live', 'health/ready'] });
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  app.useGlobalInterceptors(new RequestFingerprintInterceptor(), new RequestSignalInterceptor(), new RequestReadsInterceptor());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('mobility-ledger')
      .setDescription('Learning agreements, credit recognition and mobility status, event-sourced.')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
