import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RequestAbortedError, RequestStopReason, attachRequestSignal } from '../request-context/request-signal';

interface InFlight {
  controller: AbortController;
  request: Request;
  started: number;
}

/**
 * Every request between its arrival and the end of its response, each with an AbortSignal:
 * aborted when the connection closes before the answer was written, or when the process
 * closes and the request outlived its grace. Counts the requests it stopped, by reason.
 */
export class InFlightRequests {
  readonly stopped: Record<RequestStopReason, number> = { 'client-gone': 0, shutdown: 0 };
  private readonly inFlight = new Set<InFlight>();
  private readonly whenEmpty = new Set<() => void>();
  private closing = false;
  private readonly log = new Logger('Requests');

  get size(): number {
    return this.inFlight.size;
  }

  /** Express middleware, first of all: tracks the request until its response ends or its connection closes. */
  readonly track = (request: Request, response: Response, next: NextFunction): void => {
    const entry: InFlight = { controller: new AbortController(), request, started: performance.now() };
    attachRequestSignal(request, entry.controller.signal);
    this.inFlight.add(entry);
    if (this.closing) response.setHeader('Connection', 'close');
    const socket = request.socket;
    const settle = () => {
      response.off('close', settle);
      socket.off('close', settle);
      if (!this.inFlight.delete(entry)) return;
      if (!response.writableEnded) this.stop(entry, 'client-gone');
      if (this.inFlight.size === 0) this.whenEmpty.forEach((resolve) => resolve());
    };
    response.on('close', settle);
    // A response queued behind another on a keep-alive connection gets no 'close' of its own when the connection goes.
    socket.on('close', settle);
    next();
  };

  /** From now on every answer closes its connection: a client holding a keep-alive connection goes elsewhere. */
  closeConnectionsAfterAnswers(): void {
    this.closing = true;
    for (const { request } of this.inFlight) if (!request.res?.headersSent) request.res?.setHeader('Connection', 'close');
  }

  /** True once no request is in flight, false if some still are after `timeoutMs`. */
  async settled(timeoutMs: number): Promise<boolean> {
    if (this.inFlight.size === 0) return true;
    let done!: () => void;
    const empty = new Promise<void>((resolve) => this.whenEmpty.add((done = resolve)));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([empty, late]);
    clearTimeout(timer);
    this.whenEmpty.delete(done);
    return this.inFlight.size === 0;
  }

  /** Aborts every request still in flight: reads and waits stop at their next step and answer 503. */
  abortAll(): void {
    for (const entry of this.inFlight) this.stop(entry, 'shutdown');
  }

  private stop(entry: InFlight, reason: RequestStopReason): void {
    if (entry.controller.signal.aborted) return;
    this.stopped[reason] += 1;
    const ms = Math.round(performance.now() - entry.started);
    const why = reason === 'shutdown' ? 'the process is closing' : 'the client went away';
    this.log.warn(`${entry.request.method} ${entry.request.originalUrl} stopped after ${ms} ms: ${why}`);
    entry.controller.abort(new RequestAbortedError(reason));
  }
}

const tracked = new WeakMap<INestApplication, InFlightRequests>();

/** Tracks the app's requests from the first middleware on; called once, by configureHttp. */
export function trackRequests(app: INestApplication): InFlightRequests {
  const requests = new InFlightRequests();
  tracked.set(app, requests);
  app.use(requests.track);
  return requests;
}

/** The requests in flight of an app configured by configureHttp. */
export const inFlightRequestsOf = (app: INestApplication): InFlightRequests | undefined => tracked.get(app);
