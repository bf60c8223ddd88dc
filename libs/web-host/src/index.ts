export { SERVER_PATHS, spaFallback } from './spa-fallback';
export { WebHostModule, defaultWebRoot } from './web-host.module';
