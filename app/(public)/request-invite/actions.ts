"use server";

import { createAction } from "@/lib/action";
import { confirmInviteRequest, submitInviteRequest } from "@/lib/requests/invite-requests";
import { confirmRequestSchema, requestInviteSchema } from "@/lib/validation/requests";

export const requestInviteAction = createAction({ name: "requestInvite", schema: requestInviteSchema }, async (input, { ip }) =>
  submitInviteRequest(input, { ip }),
);

export const confirmInviteRequestAction = createAction({ name: "confirmInviteRequest", schema: confirmRequestSchema }, async (input) =>
  confirmInviteRequest(input),
);
