import { AccessDenied } from "@/components/access-denied";

/** Inside the dashboard, a refusal keeps the dashboard's shell and navigation. */
export default function AdminForbidden() {
  return <AccessDenied />;
}
