import type { DataSource } from 'typeorm';
import { hasRole, Viewer } from './auth';
import { AuditEntryEntity } from './audit';
import { ERRORS } from './errors';
import { Connection, PageArgs, newestFirst, paginate } from './pagination';

export interface AuditLogFilter {
  organizationId?: string | null;
  recordType?: string | null;
  recordId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** An audit row as the GraphQL `AuditEntry` shows it (before/after as JSON text). */
export interface AuditEntryView {
  id: string;
  occurredAt: Date;
  actorSubject: string;
  actorOrganizationType: string;
  actorOrganizationId: string;
  ownerOrganizationId: string;
  operation: string;
  recordType: string;
  recordId: string;
  before: string | null;
  after: string;
}

/**
 * `<family>AuditLog`: the changes to records the caller's organization owns,
 * most recent first. Only an admin reads it, and only their own organization's.
 */
export async function auditLogPage(
  db: DataSource,
  viewer: Viewer,
  args: PageArgs & { filter?: AuditLogFilter | null },
): Promise<Connection<AuditEntryView>> {
  if (!hasRole(viewer, 'admin')) {
    throw ERRORS.FORBIDDEN.err(`auditLog: the role admin is required; the token has ${viewer.roles.join(', ') || 'no role'}`);
  }
  const filter = args.filter ?? {};
  if (filter.organizationId != null && filter.organizationId !== viewer.org.id) {
    throw ERRORS.FORBIDDEN.err(
      `filter.organizationId: an admin of ${viewer.org.type} ${viewer.org.id} reads only its own log, not ${filter.organizationId}'s`,
      { field: 'filter.organizationId' },
    );
  }
  const query = db
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('e')
    .where('e.owner_organization_type = :type AND e.owner_organization_id = :id', viewer.org);
  if (filter.recordType != null) query.andWhere('e.record_type = :recordType', { recordType: filter.recordType });
  if (filter.recordId != null) query.andWhere('e.record_id = :recordId', { recordId: filter.recordId });
  if (filter.from != null) query.andWhere('e.occurred_at >= :from', { from: filter.from });
  if (filter.to != null) query.andWhere('e.occurred_at < :to', { to: filter.to });
  const page = await paginate(
    query,
    args,
    newestFirst('e', 'occurred_at', (e) => e.occurredAt),
  );
  return {
    ...page,
    nodes: page.nodes.map((e) => ({
      ...e,
      before: e.before == null ? null : JSON.stringify(e.before),
      after: JSON.stringify(e.after),
    })),
  };
}
