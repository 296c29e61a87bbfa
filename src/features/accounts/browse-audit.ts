// Reads the audit trail for the administrators' page: filters from the query string, 50 events a page.
import type { Db } from '../../db/database.ts';
import { listStaffUsers, type StaffMemberSummary } from './accounts.repository.ts';
import { listAuditEvents, type AuditEventRow } from './audit.repository.ts';
import { isAuditAction, type AuditAction } from './record-audit.ts';

export const auditPageSize = 50;

export interface AuditPage {
  filters: { actorId: string | null; action: AuditAction | null };
  members: StaffMemberSummary[];
  rows: (AuditEventRow & { actorName: string | null })[];
  total: number;
  page: number;
  pages: number;
}

export async function browseAudit(db: Db, query: { actor?: string | undefined; action?: string | undefined; page?: string | undefined }): Promise<AuditPage> {
  const members = await listStaffUsers(db);
  // Unknown filter values are ignored rather than refused: a stale bookmark still opens the page.
  const actorId = members.some((m) => m.id === query.actor) ? query.actor! : null;
  const action = isAuditAction(query.action) ? query.action : null;
  const requested = Math.max(1, Math.floor(Number(query.page)) || 1);
  const first = await listAuditEvents(db, { actorId: actorId ?? undefined, action: action ?? undefined, limit: auditPageSize, offset: (requested - 1) * auditPageSize });
  const pages = Math.max(1, Math.ceil(first.total / auditPageSize));
  const page = Math.min(requested, pages);
  const result = page === requested ? first
    : await listAuditEvents(db, { actorId: actorId ?? undefined, action: action ?? undefined, limit: auditPageSize, offset: (page - 1) * auditPageSize });
  return { filters: { actorId, action }, members, rows: result.rows, total: result.total, page, pages };
}
