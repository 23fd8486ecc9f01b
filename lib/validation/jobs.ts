import { z } from "zod";
import { idSchema } from "./fields";

export const retryJobSchema = z.object({ id: idSchema });
