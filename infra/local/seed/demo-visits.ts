import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { visitRecordInputSchema, visitRegisterSchema } from '#shared/schemas/visit.schema';
import type { Principal } from '#core/principal';
import { visitDeps } from '../../../functions/visits/deps';
import { registerVisit } from '../../../functions/visits/use-cases/register-visit';
import { decideVisit, recordVisitOutcome, tickVisitStep } from '../../../functions/visits/use-cases/visit-commands';
import { demoUsers } from '../demo-users';

const day = 86_400_000;
const hour = 3_600_000;

function as(username: string): Principal {
  const u = demoUsers.find((d) => d.username === username)!;
  return { id: u.username, name: u.name, role: u.role, ...(u.unitId ? { unitId: u.unitId } : {}) };
}

/** `days` from `now` at a Shanghai wall-clock time, as the SPA sends it. */
function shanghaiAt(now: Date, days: number, time: string): string {
  const date = new Date(now.getTime() + 8 * hour + days * day).toISOString().slice(0, 10);
  return `${date}T${time}:00+08:00`;
}

/**
 * Demo visits, made through the same use cases as the API so their plans come from the standard
 * (第十条〔三〕): a VIP chairman's visit awaiting leadership's approval, a key customer's approved visit
 * with some steps done, and a general customer's past visit recorded with follow-up items still to turn
 * into a service request and a revisit. Each has a fixed id; one already there is left as it is.
 */
export async function seedVisits(client: DynamoDBDocumentClient, tableName: string, now: Date): Promise<void> {
  const base = visitDeps(client, tableName);
  /** The use cases' deps with the clock at `when`, handing out `ids` in order (a registration asks for one, a record one per follow-up). */
  const at = (when: Date, ...ids: string[]) => {
    let i = 0;
    return { ...base, now: () => when, newId: () => ids[i++] ?? `${ids[0]}-${i}` };
  };
  const missing = async (id: string) => !(await base.visits.get(id));

  const vip = 'seed-visit-vip-chairman';
  if (await missing(vip)) {
    const arrivalAt = shanghaiAt(now, 6, '09:30');
    await registerVisit(at(now, vip), visit('seed-001', arrivalAt, shanghaiAt(now, 7, '16:00'), {
      visitors: [
        { name: '钱立群', title: '董事长', rank: 'chairman-gm' },
        { name: '李敏', title: '采购部经理', rank: 'manager' },
        { name: '赵磊', title: '采购专员', rank: 'below-manager' },
      ],
      purpose: '年度战略合作洽谈，参观新生产线',
      travel: { arrival: { mode: 'station', place: '上海虹桥站', at: arrivalAt, reference: 'G7' }, departure: { mode: 'airport', place: '上海虹桥国际机场', at: shanghaiAt(now, 7, '18:30'), reference: 'MU5137' } },
      lodging: { requested: true, rooms: 3, notes: '靠近公司，含早餐' },
      headcount: 4,
    }), as('east.head'));
  }

  const key = 'seed-visit-key-gm';
  if (await missing(key)) {
    const arrivalAt = shanghaiAt(now, 3, '14:00');
    const registered = new Date(now.getTime() - 2 * day);
    await registerVisit(at(registered, key), visit('seed-002', arrivalAt, shanghaiAt(now, 4, '12:00'), {
      visitors: [
        { name: '孙建华', title: '总经理', rank: 'chairman-gm' },
        { name: '王芳', title: '技术部经理', rank: 'manager' },
      ],
      purpose: '新产品技术交流及明年供货计划',
      travel: { arrival: { mode: 'station', place: '苏州站', at: arrivalAt, reference: 'G1234' } },
      headcount: 3,
    }), as('east.head'));
    await decideVisit(at(new Date(registered.getTime() + 3 * hour), key), key, { decision: 'approved', reason: '同意，按标准接待' }, as('leader'));
    await tickVisitStep(at(new Date(registered.getTime() + 5 * hour), key), key, 'info', '来访 3 人，已报公司办公室', as('east.head'));
    await tickVisitStep(at(new Date(now.getTime() - 3 * hour), key), key, 'vehicles', '商务车一辆，司机已确认', as('east.head'));
  }

  const general = 'seed-visit-general-recorded';
  if (await missing(general)) {
    const arrivalAt = shanghaiAt(now, -3, '10:00');
    const registered = new Date(Date.parse(arrivalAt) - 5 * day);
    await registerVisit(at(registered, general), visit('seed-003', arrivalAt, shanghaiAt(now, -3, '17:00'), {
      visitors: [{ name: '周晓东', title: '运营部经理', rank: 'manager' }],
      purpose: '了解售后服务安排',
      headcount: 2,
    }), as('east.staff'));
    for (const step of ['info', 'plan', 'pickup', 'meeting']) {
      await tickVisitStep(at(new Date(Date.parse(arrivalAt) - 2 * hour), general), general, step, '已办', as('east.head'));
    }
    await recordVisitOutcome(at(new Date(Date.parse(arrivalAt) + 6 * hour), `${general}-f1`, `${general}-f2`), general, visitRecordInputSchema.parse({
      metWith: ['孙强', '周婷'],
      outcomes: '客户对服务响应速度基本满意，希望明年增加备件库存。',
      followUps: [
        { description: '客户反映上批货物外包装破损，需售后跟进处理', kind: 'service-request', ownerId: 'east.staff' },
        { description: '两周内电话回访，确认备件报价', kind: 'revisit', ownerId: 'east.staff', dueOn: shanghaiAt(now, 11, '00:00').slice(0, 10) },
      ],
    }), as('east.staff'));
  }
}

/** A registration as the API would take it (the schema turns Shanghai times into instants and fills defaults). */
function visit(customerId: string, arrivalAt: string, departureAt: string, rest: Record<string, unknown>) {
  return visitRegisterSchema.parse({ customerId, arrivalAt, departureAt, ...rest });
}
