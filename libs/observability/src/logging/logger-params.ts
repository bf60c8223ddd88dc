import type { Params } from 'nestjs-pino';
import { correlationIdOf } from './correlation-id';

/**
 * LOG_LEVEL, or `silent` under Jest (which sets NODE_ENV=test) and `info` otherwise: test
 * runs stay quiet unless asked.
 */
export function logLevelFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info');
}

/**
 * One JSON object per line: level as a word and `message` as the text, the shape the relay
 * wrote before, so log shippers and the relay's crash tests read every service alike. Each
 * request line carries the correlation id that the events it appends carry too.
 */
export function loggerParams(service: string, level = logLevelFrom()): Params {
  return {
    pinoHttp: {
      level,
      messageKey: 'message',
      base: { service },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      genReqId: correlationIdOf,
      customProps: (request) => ({ correlationId: request.id }),
      // Scrapes and probes every few seconds would drown the request lines that matter.
      autoLogging: { ignore: (request) => /^\/(metrics|health\/)/.test(request.url ?? '') },
      // Method, URL and status say what happened; headers would carry tokens and noise.
      serializers: {
        req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
    },
  };
}
