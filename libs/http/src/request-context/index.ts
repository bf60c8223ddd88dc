export { CORRELATION_HEADER, clientCorrelationId, requestContext, type RequestContext } from './request-context';
export { auditedBy } from './audited-by';
export { plainData } from './plain-data';
export { RequestReadsInterceptor, requestReadsOf } from './request-reads';
export { RequestFingerprintInterceptor, currentRequestFingerprint, requestFingerprint } from './request-fingerprint';
export { RequestAbortedError, RequestSignalInterceptor, currentRequestSignal, nextRequestStep, stopIfRequestAborted, type RequestStopReason } from './request-signal';
