import { AccessDenied } from "@/components/access-denied";

/** A refused page keeps the app's shell and navigation and explains itself in place. */
export default function Forbidden() {
  return <AccessDenied />;
}
