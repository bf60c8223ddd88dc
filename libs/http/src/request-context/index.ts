export { requestContext, type RequestContext } from './request-context';
