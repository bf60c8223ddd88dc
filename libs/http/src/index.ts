export * from './access';
export * from './auth';
export * from './errors';
export * from './dto';
export { configureHttp } from './configure-http';
export * from './request-context';
export * from './shutdown';
export * from './start-http-service';
