import { describe, expect, it } from 'vitest';
import { invalidPathParams, isValidPathParam, isValidWebhookId, pathParamPatterns, pathParamProblem } from '../../shared/path-params';
import { messages } from '../../shared/messages';
import { isPlausibleOrderInstant } from '../../shared/schemas/order-event.schema';
import { departmentAssessmentsContracts } from '../../shared/contracts/department-assessments.contract';
import { ordersContracts } from '../../shared/contracts/orders.contract';
import { usersContracts } from '../../shared/contracts/users.contract';
import { validate } from '../../shared/validation';

describe('path parameters', () => {
  it('accepts ids, usernames, quarters and event keys', () => {
    for (const v of ['01JABCDEF', 'east.staff', '2026-Q3', 'SO-1|order.refunded|RF-1', '订单-7']) expect(isValidPathParam(v)).toBe(true);
  });
  it('refuses empty, oversized and control-character values, naming each bad parameter', () => {
    expect(invalidPathParams({ a: 'ok', b: '', c: 'x'.repeat(257), d: 'a\u0000b', e: '界'.repeat(200) })).toEqual({
      b: 'path.invalid',
      c: 'path.invalid',
      d: 'path.invalid',
      e: 'path.invalid', // 600 bytes in UTF-8: over the byte limit though under the character limit
    });
  });
});

describe('path parameters with a pattern by name', () => {
  it('takes a quarter as YYYY-Qn only', () => {
    expect(pathParamProblem('quarter', '2026-Q3')).toBeUndefined();
    for (const bad of ['2026-Q5', '2026-Q0', '2026-q3', '2026Q3', '2026-13', ' 2026-Q3']) expect(pathParamProblem('quarter', bad)).toBe('path.quarter');
  });
  it('takes a year of four digits from 2000 to 2100', () => {
    for (const ok of ['2000', '2026', '2100']) expect(pathParamProblem('year', ok)).toBeUndefined();
    for (const bad of ['1999', '2101', '26', '02026', '2026.0', '２０２６']) expect(pathParamProblem('year', bad)).toBe('path.year');
  });
  it('takes a unit code (unitId and code alike) as shared/units.ts defines it, length included', () => {
    for (const ok of ['east', 'north-2', 'ab', 'a'.repeat(32)]) {
      expect(pathParamProblem('unitId', ok)).toBeUndefined();
      expect(pathParamProblem('code', ok)).toBeUndefined();
    }
    for (const bad of ['EAST', 'e', 'a'.repeat(33), '2east', 'east-', 'ea--st', 'east.2', '东区']) {
      expect(pathParamProblem('unitId', bad)).toBe('path.unitCode');
      expect(pathParamProblem('code', bad)).toBe('path.unitCode');
    }
  });
  it('takes a kind as lower-case letters', () => {
    for (const ok of ['unit', 'department', 'person']) expect(pathParamProblem('kind', ok)).toBeUndefined();
    for (const bad of ['Unit', 'unit-1', 'a'.repeat(33)]) expect(pathParamProblem('kind', bad)).toBe('path.kind');
  });
  it('leaves ids without a known shape on the general rule', () => {
    for (const [name, v] of [['customerId', 'seed-001'], ['customerId', '01JABCDEF'], ['username', 'east.staff'], ['eventKey', 'SO-1|order.refunded|RF-1'], ['department', 'unit:east']]) {
      expect(pathParamProblem(name!, v!)).toBeUndefined();
    }
    // A name that is also an Object.prototype key has no pattern of its own.
    expect(pathParamProblem('constructor', 'x')).toBeUndefined();
    expect(invalidPathParams({ unitId: 'EAST', quarter: '2026-Q3', customerId: '' })).toEqual({ unitId: 'path.unitCode', customerId: 'path.invalid' });
  });
  it('has a message for every code, in zh-CN and en', () => {
    for (const { code } of Object.values(pathParamPatterns)) {
      expect(messages[code]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(messages[code].en).toMatch(/^Invalid/);
    }
  });
});

describe('path parameters a route’s contract shapes', () => {
  const fieldsOf = (schema: Parameters<typeof validate>[0], params: Record<string, string>) => {
    const result = validate(schema, params, 'en');
    return result.ok ? {} : result.fields;
  };
  it('takes a username as Cognito does (an adopted console account included), not spaces or more than 128 characters', () => {
    const schema = usersContracts['GET /users/{username}'].params;
    for (const ok of ['east.staff', 'li.lei@example.com', '李雷', 'x'.repeat(128)]) expect(fieldsOf(schema, { username: ok }), ok).toEqual({});
    for (const bad of ['li lei', 'x'.repeat(129), 'tab\there']) expect(fieldsOf(schema, { username: bad }), bad).toEqual({ username: messages['path.username'].en });
  });
  it('takes a department as a company department or unit:<unit code>, with its quarter', () => {
    const schema = departmentAssessmentsContracts['GET /assessments/departments/{department}/{quarter}'].params;
    for (const ok of ['sales', 'finance', 'unit:east', 'unit:north-2']) expect(fieldsOf(schema, { department: ok, quarter: '2026-Q3' }), ok).toEqual({});
    for (const bad of ['marketing', 'unit:', 'unit:EAST', 'Sales', 'unit:east:x']) expect(Object.keys(fieldsOf(schema, { department: bad, quarter: '2026-Q3' })), bad).toEqual(['department']);
    expect(Object.keys(fieldsOf(schema, { department: 'sales', quarter: '2026-Q5' }))).toEqual(['quarter']);
  });
  it('takes an order event key as <order id>|<event type>|<part>', () => {
    const schema = ordersContracts['POST /order-events/{eventKey}/match'].params;
    for (const ok of ['SO-1|order.paid|-', 'SO-1|order.refunded|RF-1', '订单|7|payment.received|P-1']) expect(fieldsOf(schema, { eventKey: ok }), ok).toEqual({});
    for (const bad of ['SO-1', 'SO-1|order.unknown|-', '|order.paid|-', 'SO-1|order.paid|']) expect(Object.keys(fieldsOf(schema, { eventKey: bad })), bad).toEqual(['eventKey']);
  });
});

describe('webhook ids', () => {
  it('takes visible ASCII up to 200 characters', () => {
    expect(isValidWebhookId('msg_2b8r1')).toBe(true);
    expect(isValidWebhookId('x'.repeat(201))).toBe(false);
    expect(isValidWebhookId('msg 1')).toBe(false);
    expect(isValidWebhookId('')).toBe(false);
  });
});

describe('order event dates', () => {
  const now = Date.parse('2026-12-06T00:00:00Z');
  it('takes dates from the first order year up to a day ahead', () => {
    expect(isPlausibleOrderInstant('2000-01-01T00:00:00+08:00', now)).toBe(true);
    expect(isPlausibleOrderInstant('2026-12-06T23:00:00Z', now)).toBe(true);
  });
  it('refuses an older date and one more than a day ahead', () => {
    expect(isPlausibleOrderInstant('1999-12-31T23:59:59+08:00', now)).toBe(false);
    expect(isPlausibleOrderInstant('1900-01-01T00:00:00Z', now)).toBe(false);
    expect(isPlausibleOrderInstant('2026-12-07T00:00:01Z', now)).toBe(false);
  });
});
