import { AccessDenied } from "@/components/access-denied";

export default function Forbidden() {
  return (
    <main id="main">
      <AccessDenied />
    </main>
  );
}
