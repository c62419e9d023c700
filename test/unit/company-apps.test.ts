import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelMessage } from '../../functions/core/channels/channel-sender';
import { companyApps, DingTalkAppSender, WeComAppSender } from '../../functions/core/channels/company-apps';

/** A stand-in for the vendors' APIs: hands out numbered tokens and refuses the first token once when asked. */
const calls: string[] = [];
let tokens = 0;
let expireFirst = false;
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    calls.push(`${req.method} ${url.pathname}${url.searchParams.get('access_token') ? ` ${url.searchParams.get('access_token')}` : ''}`);
    res.setHeader('content-type', 'application/json');
    if (url.pathname.endsWith('/gettoken')) return res.end(JSON.stringify({ errcode: 0, access_token: `t${++tokens}`, expires_in: 7200 }));
    if (expireFirst && url.searchParams.get('access_token') === 't1') return res.end(JSON.stringify({ errcode: 42001, errmsg: 'access_token expired' }));
    if (url.pathname.includes('refuse')) return res.end(JSON.stringify({ errcode: 81013, errmsg: 'user not in range' }));
    res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const message: ChannelMessage = {
  id: 'm1',
  recipientId: 'p',
  kind: 'service-request',
  title: { 'zh-CN': '标题', en: 'Title' },
  body: { 'zh-CN': '正文', en: 'Body' },
  createdAt: '2026-12-06T00:00:00.000Z',
};

describe('the company’s apps', () => {
  it('fetch a token once and reuse it for every message of the app', async () => {
    calls.length = 0;
    const app = { corpId: 'c-reuse', corpSecret: 's', agentId: 1, apiBase: `${base}/w1` };
    await new WeComAppSender(app, 'a').send(message);
    await new WeComAppSender(app, 'b').send(message);
    expect(calls.filter((c) => c.endsWith('/gettoken'))).toHaveLength(1);
    expect(calls.filter((c) => c.includes('/message/send'))).toHaveLength(2);
  });

  it('fetch a fresh token once when the vendor says it expired, then send', async () => {
    calls.length = 0;
    tokens = 0;
    expireFirst = true;
    try {
      await new DingTalkAppSender({ appKey: 'k-expire', appSecret: 's', agentId: 2, apiBase: `${base}/d1` }, 'u').send(message);
    } finally {
      expireFirst = false;
    }
    expect(calls).toEqual([
      'GET /d1/gettoken',
      'POST /d1/topapi/message/corpconversation/asyncsend_v2 t1',
      'GET /d1/gettoken',
      'POST /d1/topapi/message/corpconversation/asyncsend_v2 t2',
    ]);
  });

  it('throw the vendor’s refusal, so the delivery retries and records it', async () => {
    const sender = new WeComAppSender({ corpId: 'c-refuse', corpSecret: 's', agentId: 3, apiBase: `${base}/refuse` }, 'x');
    await expect(sender.send(message)).rejects.toThrow('errcode 81013');
  });

  it('read their settings from NOTICE_APPS, and have none where nothing is configured', async () => {
    expect(await companyApps({})).toEqual({});
    expect(await companyApps({ NOTICE_APPS: '{"wecom":{"corpId":"c","corpSecret":"s","agentId":1}}' })).toEqual({ wecom: { corpId: 'c', corpSecret: 's', agentId: 1 } });
  });
});
