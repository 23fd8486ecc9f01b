"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { retryDeadJob } from "@/lib/jobs/dead-jobs";
import { retryJobSchema } from "@/lib/validation/jobs";

export const retryJobAction = createAction({ name: "retryJob", schema: retryJobSchema }, async (input, { user, ip }) => {
  const result = await retryDeadJob(input, { ...user, ip });
  revalidatePath("/admin/jobs");
  return result;
});
