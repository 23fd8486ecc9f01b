import { Download, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "@/components/filter-select";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Alert } from "@/components/ui/alert";
import { can, reachOf, ROLES } from "@/lib/auth/policy";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import { requirePermission } from "@/lib/auth/session";
import { getBatch } from "@/lib/invites/batches";
import { COUNT_CAP, countInvites, listInvites } from "@/lib/invites/invite-queries";
import { latestDeliveryByInvite } from "@/lib/mail/invite-mails";
import { INVITE_SORTS, INVITE_STATES, listInvitesSchema, type InviteSort } from "@/lib/validation/invites";
import { filledParams } from "@/lib/validation/search-params";
import { BatchSummaryCard } from "../batches/batch-summary-card";
import { InvitesTable } from "./invites-table";

export const metadata: Metadata = { title: "Invites" };

const STATE_LABEL = { active: "Active", expired: "Expired", exhausted: "Used up", revoked: "Revoked" } as const;

/** The list's filters as the export's query: the CSV holds exactly what the list shows, on every page. */
function exportQuery(query: { state?: string; role?: string; q?: string; sort?: string; batchId?: string }): string {
  const entries = Object.entries({ state: query.state, role: query.role, q: query.q, sort: query.sort, batchId: query.batchId });
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvitesPage({ searchParams }: Props) {
  const user = await requirePermission("invites.read", "/admin/invites");
  const params = filledParams(await searchParams);
  const parsed = listInvitesSchema.safeParse(params);
  const query = parsed.success ? parsed.data : listInvitesSchema.parse({});
  const [{ invites, nextCursor }, total, batch] = await Promise.all([
    listInvites(query, user),
    countInvites(query, user),
    query.batchId ? getBatch(query.batchId, user) : null,
  ]);
  const deliveries = await latestDeliveryByInvite(invites.filter((invite) => invite.boundEmail).map((invite) => invite.id));
  const filtered = Boolean(params.q || params.state || params.role || params.batchId);
  const filters = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "cursor" && key !== "trail"));
  const sortHref = (sort: InviteSort) => `/admin/invites?${new URLSearchParams({ ...filters, sort })}`;
  const sorts = {
    created: {
      label: "Created",
      href: sortHref(query.sort === "newest" ? "oldest" : "newest"),
      sort: query.sort === "newest" ? ("descending" as const) : query.sort === "oldest" ? ("ascending" as const) : undefined,
    },
    expires: {
      label: "Expires",
      href: sortHref(query.sort === "expiring" ? "expiring-last" : "expiring"),
      sort: query.sort === "expiring" ? ("ascending" as const) : query.sort === "expiring-last" ? ("descending" as const) : undefined,
    },
  };
  return (
    <div>
      <PageHeader
        title="Invites"
        description={reachOf(user, "invites.read")?.all === false ? "The invites you created." : "Every invite, newest first. Codes are never shown again after creation."}
        actions={
          <>
            {can(user, "exports.read") ? (
              <Button asChild variant="outline">
                <a href={`/api/exports/invites?${exportQuery(query)}`} download>
                  <Download aria-hidden /> Export CSV
                </a>
              </Button>
            ) : null}
            {can(user, "invites.create") ? (
              <Button asChild>
                <Link href="/admin/invites/new">
                  <Plus aria-hidden /> Create invites
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      {!parsed.success ? (
        <Alert variant="warning" role="status" className="mb-4">
          <p>Some filters in the address were not understood and are ignored.</p>
        </Alert>
      ) : null}
      {batch ? <BatchSummaryCard batch={batch} canManage={can(user, "invites.manage")} canExport={can(user, "exports.read")} className="mb-4" /> : null}
      <form method="get" className="mb-4 grid grid-cols-2 items-end gap-3 sm:grid-cols-[minmax(12rem,2fr)_1fr_1fr_1fr_auto]" role="search" aria-label="Filter invites">
        {query.batchId ? <input type="hidden" name="batchId" value={query.batchId} /> : null}
        <div className="col-span-2 grid gap-1.5 sm:col-span-1">
          <Label htmlFor="filter-q">Search</Label>
          <Input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Code, note or creator" />
        </div>
        <FilterSelect id="filter-state" name="state" label="State" any="Any state" options={INVITE_STATES.map((state) => [state, STATE_LABEL[state]] as const)} defaultValue={query.state} />
        <FilterSelect id="filter-role" name="role" label="Role" any="Any role" options={ROLES.map((role) => [role, ROLE_LABEL[role]] as const)} defaultValue={query.role} />
        <FilterSelect id="filter-sort" name="sort" label="Sort" options={Object.entries(INVITE_SORTS)} defaultValue={query.sort} />
        <div className="col-span-2 flex items-center gap-3 sm:col-span-1">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered ? <Link href="/admin/invites">Clear filters</Link> : null}
        </div>
      </form>
      {invites.length === 0 ? (
        <Card className="items-center py-10 text-center" role="status">
          <p>{filtered ? "No invites match these filters." : "There are no invites yet."}</p>
          {can(user, "invites.create") ? (
            <Button asChild>
              <Link href="/admin/invites/new">Create invites</Link>
            </Button>
          ) : null}
        </Card>
      ) : (
        <InvitesTable
          canManage={can(user, "invites.manage")}
          sorts={sorts}
          rows={invites.map((invite) => ({
            id: invite.id,
            prefix: invite.prefix,
            role: ROLE_LABEL[invite.role],
            uses: invite.uses,
            maxUses: invite.maxUses,
            state: invite.state,
            expiresAt: invite.expiresAt.toISOString(),
            createdAt: invite.createdAt.toISOString(),
            note: invite.note,
            batchId: invite.batchId,
            creator: invite.createdBy?.name ?? null,
            delivery: invite.boundEmail && deliveries.has(invite.id) ? { to: invite.boundEmail, ...deliveries.get(invite.id)! } : null,
            bootstrap: invite.bootstrap,
          }))}
        />
      )}
      <Pager path="/admin/invites" params={params} nextCursor={nextCursor} total={total} cap={COUNT_CAP} shown={invites.length} pageSize={query.limit} />
    </div>
  );
}
