// SQL for the staff audit trail: append and read, newest first. Nothing here updates or deletes an event.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface AuditEventRow {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: string;
}

export interface AuditQuery {
  actorId?: string | undefined;
  action?: string | undefined;
  limit: number;
  offset: number;
}

export async function insertAuditEvent(db: Executor, event: AuditEventRow): Promise<void> {
  await db.insertInto('audit_events').values({
    id: event.id, at: event.at, actor_id: event.actorId, action: event.action,
    subject_type: event.subjectType, subject_id: event.subjectId, details: event.details,
  }).execute();
}

export async function listAuditEvents(db: Executor, query: AuditQuery): Promise<{ rows: (AuditEventRow & { actorName: string | null })[]; total: number }> {
  let base = db.selectFrom('audit_events').leftJoin('staff_users', 'staff_users.id', 'audit_events.actor_id');
  if (query.actorId) base = base.where('audit_events.actor_id', '=', query.actorId);
  if (query.action) base = base.where('audit_events.action', '=', query.action);
  const [rows, count] = await Promise.all([
    base.select([
      'audit_events.id', 'audit_events.at', 'audit_events.actor_id', 'audit_events.action', 'audit_events.subject_type',
      'audit_events.subject_id', 'audit_events.details', 'staff_users.display_name',
    ]).orderBy('audit_events.at', 'desc').orderBy('audit_events.id', 'desc').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      id: r.id, at: r.at, actorId: r.actor_id, action: r.action, subjectType: r.subject_type, subjectId: r.subject_id,
      details: r.details, actorName: r.display_name,
    })),
  };
}
