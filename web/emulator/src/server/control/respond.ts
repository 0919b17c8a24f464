import type { Request, RequestHandler } from 'express';
import type { z } from 'zod';
import { parseJsonObject } from '../body.js';
import type { ActionResult } from './actions.js';
import { validate } from './schemas.js';

export interface ControlReply {
  readonly status: number;
  readonly body: unknown;
}

export const reply = (body: unknown, status = 200): ControlReply => ({ status, body });

/** Maps an action outcome to a reply: not-found → 404, conflict → 409. */
export function fromResult<T>(result: ActionResult<T>): ControlReply {
  if (result.kind === 'ok') return reply(result.value);
  return reply({ error: result.kind, message: result.message }, result.kind === 'not-found' ? 404 : 409);
}

/**
 * A control endpoint: validates the JSON body (or the query string for GET) with `schema` and answers
 * 400 naming the bad fields; errors thrown by the engine (unknown variant, …) answer 422 with their message.
 */
export function control<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, req: Request) => ControlReply | Promise<ControlReply>,
): RequestHandler {
  return async (req, res) => {
    let source: unknown = req.query;
    if (req.method !== 'GET') {
      const parsed = parseJsonObject(req.body);
      if (parsed.kind === 'invalid') {
        res.status(400).json({ error: 'invalid_request', message: parsed.message, issues: [] });
        return;
      }
      source = parsed.value;
    }
    const input = validate(schema, source);
    if (input.kind === 'invalid') {
      res.status(400).json({ error: 'invalid_request', message: input.message, issues: input.issues });
      return;
    }
    try {
      const result = await handler(input.value, req);
      res.status(result.status).json(result.body);
    } catch (error) {
      res
        .status(422)
        .json({ error: 'unprocessable', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** A control endpoint about one shop: an unknown shop answers 404 before `handler` runs. */
export function shopControl<S extends z.ZodType<{ shop: string }>>(
  shops: ReadonlyMap<string, unknown>,
  schema: S,
  handler: (input: z.output<S>, req: Request) => ControlReply | Promise<ControlReply>,
): RequestHandler {
  return control(schema, (input, req) =>
    shops.has(input.shop)
      ? handler(input, req)
      : reply({ error: 'not-found', message: `Unknown shop ${input.shop}` }, 404),
  );
}
