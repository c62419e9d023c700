import { isUnitRole, type Role } from '#shared/roles';
import type { Staff } from '#shared/schemas/staff.schema';
import { staffStatus } from '#shared/users/staff-status';
import { sortByName } from '#shared/name-order';
import type { UnitId } from '#shared/units';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { listStaff, listStaffNames } from '../api/staff.api';

const allKey = '*';

/**
 * The staff directory, fetched per unit (or whole) once per session (again after an administrator changes
 * someone: `clear`), for the people pickers (`pickable`) and for names (`nameOf`, `inUnit`).
 */
export const useStaffStore = defineStore('staff', () => {
  const lists = ref<Record<string, Staff[]>>({});
  const pending = new Map<string, Promise<Staff[]>>();
  // Everyone's name, for a unit user whose own list is their unit: the people of Sales, of other units and
  // the admins who touched their records are shown by name too.
  const names = ref<Map<string, string> | null>(null);
  let namesRequest: Promise<void> | null = null;

  async function load(unitId?: UnitId): Promise<Staff[]> {
    const key = unitId ?? allKey;
    const cached = lists.value[key];
    if (cached) return cached;
    let request = pending.get(key);
    if (!request) {
      request = listStaff(unitId).finally(() => pending.delete(key));
      pending.set(key, request);
    }
    // People are listed by name in pinyin order wherever they are picked (the directory comes in login order).
    const items = sortByName(await request, (s) => s.name);
    lists.value[key] = items;
    return items;
  }

  /** What a user may see: a unit user their own unit's staff, everyone else the whole directory. */
  async function loadVisibleTo(user: { unitId?: UnitId; role: Role } | null): Promise<Staff[]> {
    if (!user || !isUnitRole(user.role)) return load();
    const [visible] = await Promise.all([load(user.unitId), loadNames()]);
    return visible;
  }

  function loadNames(): Promise<void> {
    namesRequest ??= listStaffNames()
      .then((items) => {
        names.value = new Map(items.map((s) => [s.id, s.name]));
      })
      .catch(() => {
        // Names are a courtesy: without them a login shows, and the next page asks again.
        namesRequest = null;
      });
    return namesRequest;
  }

  function inUnit(unitId: UnitId | undefined | ''): Staff[] {
    if (!unitId) return lists.value[allKey] ?? [];
    return lists.value[unitId] ?? (lists.value[allKey] ?? []).filter((s) => s.unitId === unitId);
  }

  /**
   * Whom a picker offers (an owner, an assignee or transfer target, a follow-up owner, a unit's head): the
   * active people of `inUnit`. A disabled person keeps their name where they already appear (`nameOf`, or
   * `keep` for a choice a form already holds) but is never offered new work (issue 11).
   */
  function pickable(unitId: UnitId | undefined | '', keep: readonly string[] = []): Staff[] {
    return inUnit(unitId).filter((s) => staffStatus(s) === 'active' || keep.includes(s.id));
  }

  function nameOf(id: string): string {
    for (const list of Object.values(lists.value)) {
      const found = list.find((s) => s.id === id);
      if (found) return found.name;
    }
    return names.value?.get(id) ?? id;
  }

  function clear(): void {
    lists.value = {};
    names.value = null;
    namesRequest = null;
  }

  return { load, loadVisibleTo, inUnit, pickable, nameOf, clear };
});
