import type { FastifyReply } from 'fastify';

/** One invalid field of a request: a JSON Pointer into the body or query, and what is wrong. */
export interface FieldError {
  readonly pointer: string;
  readonly detail: string;
}

/** An RFC 9457 problem details object; `errors` names each invalid field. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export const PROBLEM_TYPE = 'application/problem+json';

/** Problem types are relative URIs under the service's own namespace, documented in the OpenAPI document. */
const typeUri = (slug: string): string => `https://landuse-rules.invalid/problems/${slug}`;

const TITLES: Record<string, string> = {
  'invalid-request': 'The request is invalid',
  'invalid-json': 'The body is not valid JSON',
  'unsupported-media-type': 'The content type is not supported here',
  'body-too-large': 'The body is larger than the limit',
  'request-timeout': 'The request took longer than the limit to arrive',
  unauthorized: 'A valid bearer token is required',
  'not-found': 'Nothing is here',
  'uri-too-long': 'The path is longer than the limit',
  'expectation-failed': 'The expectation is not supported',
  'method-not-allowed': 'The method is not allowed here',
  'over-capacity': 'The service is at capacity; try again shortly',
  'too-many-requests': 'Too many requests from this client at once',
  'shutting-down': 'The service is shutting down',
  'not-ready': 'The service is not ready',
  internal: 'Internal error',
};

export const problem = (slug: keyof typeof TITLES | string, status: number, detail?: string, extra: Record<string, unknown> = {}): Problem => ({
  type: typeUri(slug),
  title: TITLES[slug] ?? slug,
  status,
  ...(detail !== undefined ? { detail } : {}),
  ...extra,
});

/** Sends a problem as application/problem+json with its status. */
export const sendProblem = (reply: FastifyReply, body: Problem): FastifyReply => reply.code(body.status).type(PROBLEM_TYPE).send(body);

/** A raw HTTP/1.1 response for the socket-level errors Fastify hands to its client error handler. */
export const rawProblemResponse = (body: Problem, reason: string): string => {
  const json = JSON.stringify(body);
  return `HTTP/1.1 ${body.status} ${reason}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`;
};
