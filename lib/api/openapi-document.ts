import "server-only";
import { z } from "zod";
import {
  apiErrorSchema,
  createdInvitesResponseSchema,
  emailInvitesResponseSchema,
  createdWebhookResponseSchema,
  inviteRequestListResponseSchema,
  requestDecisionResponseSchema,
  resentInviteResponseSchema,
  webhookDeliveriesResponseSchema,
  webhookListResponseSchema,
  inviteDetailResponseSchema,
  inviteListResponseSchema,
  managedInviteResponseSchema,
  revokeInviteBodySchema,
  statsResponseSchema,
  redeemResponseSchema,
  checkInviteResponseSchema,
} from "@/lib/validation/api";
import type { ApiScope } from "@/lib/validation/api-keys";
import { apiEmailInvitesSchema, createInvitesSchema, listInvitesSchema } from "@/lib/validation/invites";
import { checkInviteSchema, redeemSchema } from "@/lib/validation/redeem";
import { approveRequestsSchema, listRequestsSchema, rejectRequestsSchema } from "@/lib/validation/requests";
import { createWebhookSchema } from "@/lib/validation/webhooks";
import { statsQuerySchema } from "@/lib/validation/stats";

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string };

export type Endpoint = {
  method: "get" | "post";
  path: string;
  summary: string;
  scope: ApiScope | null;
  query?: z.ZodType;
  body?: z.ZodType;
  response: { status: number; description: string; schema?: z.ZodType };
  errors: number[];
};

/** The API, endpoint by endpoint; the document and the docs page are both generated from this list. */
export const ENDPOINTS: Endpoint[] = [
  { method: "get", path: "/api/v1/stats", summary: "Usage statistics for a range of days in a time zone", scope: "stats:read", query: statsQuerySchema, response: { status: 200, description: "The statistics", schema: statsResponseSchema }, errors: [400, 401, 403] },
  { method: "get", path: "/api/v1/invites", summary: "List invites, newest first, filtered; page with nextCursor", scope: "invites:read", query: listInvitesSchema, response: { status: 200, description: "One page of invites", schema: inviteListResponseSchema }, errors: [400, 401, 403] },
  { method: "post", path: "/api/v1/invites", summary: "Create one invite or a batch (the codes are returned once, optionally limited to allowedDomains), or, with `emails`, one e-mail invite per address (bound to it; the code goes only by e-mail)", scope: "invites:write", body: z.union([createInvitesSchema, apiEmailInvitesSchema]), response: { status: 201, description: "The created invites with their codes, or for `emails` what was sent and what was refused", schema: z.union([createdInvitesResponseSchema, emailInvitesResponseSchema]) }, errors: [400, 401, 403, 413, 415] },
  { method: "get", path: "/api/v1/invites/{id}", summary: "One invite with its redemptions (the used_by trail)", scope: "invites:read", response: { status: 200, description: "The invite", schema: inviteDetailResponseSchema }, errors: [401, 403, 404] },
  { method: "post", path: "/api/v1/invites/{id}/revoke", summary: "Revoke an invite", scope: "invites:write", body: revokeInviteBodySchema, response: { status: 200, description: "The revoked invite", schema: managedInviteResponseSchema }, errors: [400, 401, 403, 404, 409, 413, 415] },
  { method: "post", path: "/api/v1/invites/{id}/unrevoke", summary: "Undo a revocation", scope: "invites:write", response: { status: 200, description: "The invite, live again", schema: managedInviteResponseSchema }, errors: [401, 403, 404, 409] },
  { method: "post", path: "/api/v1/invites/{id}/resend", summary: "Resend an e-mail invite: a fresh code to the same address, the old invite revoked", scope: "invites:write", response: { status: 201, description: "The new invite", schema: resentInviteResponseSchema }, errors: [401, 403, 404, 409, 429] },
  { method: "get", path: "/api/v1/requests", summary: "Invite requests by status (PENDING by default)", scope: "requests:read", query: listRequestsSchema, response: { status: 200, description: "The requests", schema: inviteRequestListResponseSchema }, errors: [400, 401, 403] },
  { method: "post", path: "/api/v1/requests/{id}/approve", summary: "Approve a pending request: an e-mail invite of the role goes out", scope: "requests:write", body: approveRequestsSchema.omit({ ids: true }), response: { status: 200, description: "The request was approved", schema: requestDecisionResponseSchema }, errors: [400, 401, 403, 404, 409, 413, 415] },
  { method: "post", path: "/api/v1/requests/{id}/reject", summary: "Reject a pending request; the person is told by e-mail, with the message if given", scope: "requests:write", body: rejectRequestsSchema.omit({ ids: true }), response: { status: 200, description: "The request was rejected", schema: requestDecisionResponseSchema }, errors: [400, 401, 403, 404, 409, 413, 415] },
  { method: "get", path: "/api/v1/webhooks", summary: "Webhook endpoints", scope: "webhooks:manage", response: { status: 200, description: "The endpoints", schema: webhookListResponseSchema }, errors: [401, 403] },
  { method: "post", path: "/api/v1/webhooks", summary: "Register a webhook endpoint; its signing secret is returned once", scope: "webhooks:manage", body: createWebhookSchema, response: { status: 201, description: "The endpoint with its secret", schema: createdWebhookResponseSchema }, errors: [400, 401, 403, 413, 415] },
  { method: "get", path: "/api/v1/webhooks/{id}/deliveries", summary: "An endpoint's delivery log, newest first", scope: "webhooks:manage", response: { status: 200, description: "The deliveries", schema: webhookDeliveriesResponseSchema }, errors: [401, 403, 404] },
  { method: "post", path: "/api/v1/redeem", summary: "Redeem an invite code: create an account with the invite's role (public, rate limited)", scope: null, body: redeemSchema, response: { status: 201, description: "The account was created", schema: redeemResponseSchema }, errors: [400, 403, 404, 409, 410, 413, 415, 429, 503] },
  { method: "post", path: "/api/v1/invites/check", summary: "What an invite code grants, without redeeming it: state, role, expiry, uses left (public, under the same guess limit as redeem)", scope: null, body: checkInviteSchema, response: { status: 200, description: "The invite's state and what it grants", schema: checkInviteResponseSchema }, errors: [400, 404, 413, 415, 429, 503] },
];

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid input (code validation, details lists the fields) or a body that is not JSON (invalid_json)",
  401: "No key, a malformed, unknown, revoked or expired key, or its creator is no longer an enabled admin",
  403: "The key lacks the scope this endpoint needs, or the action is not allowed (for redeem: an administrator paused redemptions, `paused`)",
  404: "No such invite (for redeem: the code does not exist, `invalid`)",
  409: "The invite is already in that state, or the code cannot be redeemed (used up, e-mail taken)",
  410: "The invite expired or was revoked",
  413: "The request body is larger than the API accepts (too_large)",
  415: "A request body was sent without Content-Type: application/json (unsupported_media_type)",
  429: "Too many attempts; Retry-After says when to try again",
  503: "The database is briefly unreachable; Retry-After says when to try again",
};

/** JSON Schema (2020-12, OpenAPI 3.1's dialect) of what a client sends; dates travel as ISO 8601 strings. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (context) => {
      if ((context.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === "date") {
        Object.assign(context.jsonSchema, { type: "string", format: "date-time" });
      }
    },
  }) as JsonSchema;
}

function queryParameters(schema: z.ZodType) {
  const object = jsonSchema(schema, "input");
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: object.required?.includes(name) ?? false,
    schema: property,
  }));
}

function operation(endpoint: Endpoint) {
  const pathParameters = endpoint.path.includes("{id}") ? [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }] : [];
  const errors = Object.fromEntries(
    endpoint.errors.map((status) => [String(status), { description: ERROR_TEXT[status], content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
  );
  return {
    summary: endpoint.summary,
    description: endpoint.scope ? `Requires an API key with the \`${endpoint.scope}\` scope.` : "Public: no key needed.",
    security: endpoint.scope ? [{ apiKey: [endpoint.scope] }] : [],
    parameters: [...pathParameters, ...(endpoint.query ? queryParameters(endpoint.query) : [])],
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(endpoint.body, "input") } } } } : {}),
    responses: {
      [String(endpoint.response.status)]: {
        description: endpoint.response.description,
        ...(endpoint.response.schema ? { content: { "application/json": { schema: jsonSchema(endpoint.response.schema, "output") } } } : {}),
      },
      ...errors,
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate every request. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  return {
    openapi: "3.1.0",
    info: {
      title: "Invites API",
      version: "1.0.0",
      description: "Create, read and revoke invite codes and read usage statistics. Authenticate with `Authorization: Bearer sk_…` (keys are created by admins at /admin/api-keys). Every error is `{ error: { code, message, details? } }`.",
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An sk_… API key; it acts for the admin who created it, limited to its scopes." } },
      schemas: { Error: jsonSchema(apiErrorSchema, "output") },
    },
    paths,
  };
}
