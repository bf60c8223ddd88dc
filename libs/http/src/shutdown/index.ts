export { DEFAULT_SHUTDOWN_GRACE_MS, closeGracefully, shutdownGraceFrom } from './close-gracefully';
export { InFlightRequests, inFlightRequestsOf, trackRequests } from './in-flight-requests';
