import type { Staff } from '#shared/schemas/staff.schema';
import { StaffRepository } from '#core/repositories/staff.repository';

/**
 * The staff directory read once per person per step: a chunk of 500 rows names the same few owners
 * again and again, and the placement rules look each one up.
 */
export class CachedStaffRepository extends StaffRepository {
  private readonly seen = new Map<string, Promise<Staff | undefined>>();

  constructor(private readonly inner: StaffRepository) {
    super(undefined as never, '');
  }

  override get(id: string): Promise<Staff | undefined> {
    if (!this.seen.has(id)) this.seen.set(id, this.inner.get(id));
    return this.seen.get(id)!;
  }

  override put(staff: Staff): Promise<void> {
    this.seen.delete(staff.id);
    return this.inner.put(staff);
  }

  override list(unitId?: string): Promise<Staff[]> {
    return this.inner.list(unitId);
  }
}
