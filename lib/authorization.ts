import { hasRole, OrganizationTypeName, Viewer } from './auth';
import { ERRORS } from './errors';

export interface OrganizationRef {
  type: OrganizationTypeName;
  id: string;
}

/**
 * The role `editor` (or `admin`) is needed to change anything, and an organization
 * that exists (design section 6: an organization its owner does not record writes
 * nothing). Whether it may act for a record's owner is `requireWriter`'s to say,
 * from the owner's family's own records.
 */
export function requireEditor(viewer: Viewer, operation: string): void {
  if (!hasRole(viewer, 'editor')) {
    throw ERRORS.FORBIDDEN.err(`${operation}: the role editor is required; the token has ${viewer.roles.join(', ') || 'no role'}`);
  }
  if (viewer.placed === null) {
    throw ERRORS.FORBIDDEN.err(
      viewer.notInForce
        ? `${operation}: the token's organization is not in force today (${viewer.notInForce}); it may write nothing`
        : `${operation}: the token's organization, ${viewer.org.type} ${viewer.org.id}, does not exist; it may write nothing`,
    );
  }
}

/**
 * Writes (design section 6): only an editor of the organization that owns the
 * record, or of an organization above it in the same hierarchy, may create or
 * change it. `above` lists the owner's superiors, nearest first, as the owning
 * subgraph knows them. A Front editor cannot record an armed-forces activity; a
 * district cannot act as its province.
 */
export function requireWriter(
  viewer: Viewer,
  operation: string,
  field: string,
  owner: OrganizationRef,
  above: readonly OrganizationRef[],
): void {
  requireEditor(viewer, operation);
  const allowed = [owner, ...above].some((org) => org.type === viewer.org.type && org.id === viewer.org.id);
  if (!allowed) {
    throw ERRORS.FORBIDDEN.err(
      `${operation}: ${field} is ${owner.type} ${owner.id}, and an editor of ${viewer.org.type} ${viewer.org.id} may not act for it`,
      { field },
    );
  }
}
