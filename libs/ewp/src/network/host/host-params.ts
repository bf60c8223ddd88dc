import { BadRequestException } from '@nestjs/common';
import { HostRequest } from './ewp-caller';

/**
 * EWP parameters, from the query string (GET) or the form body (POST), read from the bytes the
 * signature covered; repeatable ones come back as lists, in order.
 */
export const hostParams = (request: HostRequest): URLSearchParams => {
  const query = new URL(request.originalUrl, 'http://host').searchParams;
  if (request.method !== 'POST') return query;
  const form = new URLSearchParams(request.rawBody?.toString('utf8') ?? '');
  for (const [name, value] of query) form.append(name, value);
  return form;
};

export const requiredParam = (params: URLSearchParams, name: string): string => {
  const value = params.get(name);
  if (!value) throw new BadRequestException(`EWP-PARAMS: the ${name} parameter is required`);
  return value;
};
