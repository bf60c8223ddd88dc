import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** Every route under /api but the probes and metrics, which scrapers expect at the root. */
export const useApiPrefix = (app: INestApplication): void => {
  app.setGlobalPrefix('api', { exclude: ['metrics', 'health/live', 'health/ready'] });
};

/**
 * The OpenAPI document of an application whose prefix is set: served at /api/docs-json and
 * written by `npm run api:types`, from which the web pages take the API's types.
 */
export const openApiDocument = (app: INestApplication): OpenAPIObject =>
  SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('mobility-ledger')
      .setDescription('Learning agreements, credit recognition and mobility status, event-sourced.')
      .addBearerAuth()
      .build(),
  );
