import "server-only";
import { metrics } from "./registry";

/** Runs a route handler and records its duration under a route template (never the raw URL: bounded labels). */
export async function observeRequest(route: string, method: string, handle: () => Promise<Response>): Promise<Response> {
  const end = metrics().requestDuration.startTimer({ route, method });
  let status = 500;
  try {
    const response = await handle();
    status = response.status;
    return response;
  } finally {
    end({ status: String(status) });
  }
}
