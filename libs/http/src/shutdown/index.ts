export { ANSWER_AFTER_ABORT_MS, DEFAULT_SHUTDOWN_GRACE_MS, closeGracefully, shutdownGraceFrom } from './close-gracefully';
export { InFlightRequests, inFlightRequestsOf, trackRequests } from './in-flight-requests';
