import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { MAX_USES_LIMIT } from "@/lib/validation/invites";

describe("GET /api/v1/openapi.json", () => {
  it("describes every endpoint from the shared zod schemas", async () => {
    const document = await GET().json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/v1/stats", "/api/v1/invites", "/api/v1/invites/{id}", "/api/v1/invites/{id}/revoke", "/api/v1/invites/{id}/unrevoke", "/api/v1/redeem"]),
    );
    const create = document.paths["/api/v1/invites"].post;
    const [body, byEmail] = create.requestBody.content["application/json"].schema.anyOf;
    expect(byEmail.required).toEqual(expect.arrayContaining(["emails", "role", "expiresAt"]));
    expect(body.properties.allowedDomains.type).toBe("array");
    expect(body.properties.maxUses).toMatchObject({ maximum: MAX_USES_LIMIT, minimum: 1 });
    expect(body.properties.expiresAt).toMatchObject({ type: "string", format: "date-time" });
    expect(body.required).toEqual(expect.arrayContaining(["role", "maxUses", "expiresAt"]));
    expect(create.security).toEqual([{ apiKey: ["invites:write"] }]);
    const list = document.paths["/api/v1/invites"].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(expect.arrayContaining(["state", "role", "cursor", "limit"]));
    expect(document.paths["/api/v1/redeem"].post.security).toEqual([]);
    expect(document.components.schemas.Error.properties.error.required).toEqual(["code", "message"]);
  });
});
