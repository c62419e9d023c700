import { plainText, type ChannelMessage, type ChannelSender } from './channel-sender';

/**
 * The company's own WeCom (企业微信) and DingTalk (钉钉) apps, when it has set them up: a notice then reaches
 * the person directly, as a WeCom application message or a DingTalk work notification, addressed by their
 * user id in that app (the staff directory's `wecomUserId` / `dingtalkUserId`). Where no app is configured
 * or the person has no id there, the robot of the person's group takes it (personal-channels.ts).
 * `apiBase` is only for tests and a staging proxy: the default is the vendor's own host.
 */
export interface CompanyApps {
  wecom?: { corpId: string; corpSecret: string; agentId: number; apiBase?: string };
  dingtalk?: { appKey: string; appSecret: string; agentId: number; apiBase?: string };
  /** Each business unit's group robots, the fallback for people the apps cannot reach. */
  unitRobots?: Record<string, { wecom?: string; dingtalk?: { webhookUrl: string; secret?: string } }>;
}

const wecomBase = 'https://qyapi.weixin.qq.com';
const dingtalkBase = 'https://oapi.dingtalk.com';

/**
 * The apps' credentials: in the cloud a JSON secret in Secrets Manager (NOTICE_APPS_SECRET_ARN), cached for
 * five minutes as the webhook secret is (so a rotated app secret is picked up without a deploy); in the twin
 * and in tests the same JSON in NOTICE_APPS. Neither set: no company app, robots only.
 */
export async function companyApps(e: NodeJS.ProcessEnv = process.env): Promise<CompanyApps> {
  if (e.NOTICE_APPS) return JSON.parse(e.NOTICE_APPS) as CompanyApps;
  const arn = e.NOTICE_APPS_SECRET_ARN;
  if (!arn) return {};
  // Loaded here, not at start: most functions that may send a notice start and answer without one (issue 15).
  const { getSecret } = await import('@aws-lambda-powertools/parameters/secrets');
  const value = await getSecret<CompanyApps>(arn, { maxAge: 300, transform: 'json' });
  return value ?? {};
}

interface VendorAnswer {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

async function call(url: string, init: RequestInit, timeoutMs: number): Promise<VendorAnswer> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  let body: VendorAnswer;
  try {
    body = JSON.parse(text) as VendorAnswer;
  } catch {
    throw new Error(`not JSON: ${text.slice(0, 200)}`);
  }
  // Both vendors answer 200 with an error code in the body when they refuse.
  if (body.errcode !== undefined && body.errcode !== 0) throw Object.assign(new Error(`errcode ${body.errcode}: ${body.errmsg ?? ''}`), { errcode: body.errcode });
  return body;
}

/**
 * An access token per app, kept until shortly before it expires (both vendors give 7200 s and limit how
 * often one may be fetched), and fetched again at once when the vendor says it is no longer valid.
 */
class AccessToken {
  private token?: { value: string; until: number };
  constructor(
    private readonly fetchToken: () => Promise<VendorAnswer>,
    private readonly now: () => number,
  ) {}

  async get(): Promise<string> {
    if (this.token && this.token.until > this.now()) return this.token.value;
    const answer = await this.fetchToken();
    if (!answer.access_token) throw new Error('no access_token in the answer');
    this.token = { value: answer.access_token, until: this.now() + Math.max(60, (answer.expires_in ?? 7200) - 300) * 1000 };
    return this.token.value;
  }

  forget(): void {
    this.token = undefined;
  }
}

/** Token errors after which one fresh token is worth a second try: WeCom 40014/42001, DingTalk 40014/88/33001. */
const staleTokenCodes = new Set([40014, 42001, 88, 33001]);

async function withToken<T>(token: AccessToken, send: (t: string) => Promise<T>): Promise<T> {
  try {
    return await send(await token.get());
  } catch (error) {
    if (!staleTokenCodes.has((error as { errcode?: number }).errcode ?? -1)) throw error;
    token.forget();
    return send(await token.get());
  }
}

const tokens = new Map<string, AccessToken>();
/** One token per app per container, shared by every sender of that app. */
function tokenFor(key: string, fetchToken: () => Promise<VendorAnswer>, now: () => number): AccessToken {
  let t = tokens.get(key);
  if (!t) {
    t = new AccessToken(fetchToken, now);
    tokens.set(key, t);
  }
  return t;
}

/** A WeCom application message to one person: gettoken, then message/send with the app's agentid and the person as touser. */
export class WeComAppSender implements ChannelSender {
  readonly channel = 'wecom';
  private readonly base: string;
  private readonly token: AccessToken;
  constructor(
    private readonly app: NonNullable<CompanyApps['wecom']>,
    private readonly userId: string,
    private readonly timeoutMs = 5000,
    now: () => number = Date.now,
  ) {
    this.base = app.apiBase ?? wecomBase;
    const q = new URLSearchParams({ corpid: app.corpId, corpsecret: app.corpSecret });
    this.token = tokenFor(`wecom ${this.base} ${app.corpId} ${app.agentId}`, () => call(`${this.base}/cgi-bin/gettoken?${q}`, { method: 'GET' }, this.timeoutMs), now);
  }

  async send(m: ChannelMessage): Promise<void> {
    await withToken(this.token, (t) =>
      call(
        `${this.base}/cgi-bin/message/send?access_token=${encodeURIComponent(t)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ touser: this.userId, msgtype: 'text', agentid: this.app.agentId, text: { content: plainText(m) } }),
        },
        this.timeoutMs,
      ),
    );
  }
}

/** A DingTalk work notification to one person: gettoken, then topapi/message/corpconversation/asyncsend_v2. */
export class DingTalkAppSender implements ChannelSender {
  readonly channel = 'dingtalk';
  private readonly base: string;
  private readonly token: AccessToken;
  constructor(
    private readonly app: NonNullable<CompanyApps['dingtalk']>,
    private readonly userId: string,
    private readonly timeoutMs = 5000,
    now: () => number = Date.now,
  ) {
    this.base = app.apiBase ?? dingtalkBase;
    const q = new URLSearchParams({ appkey: app.appKey, appsecret: app.appSecret });
    this.token = tokenFor(`dingtalk ${this.base} ${app.appKey} ${app.agentId}`, () => call(`${this.base}/gettoken?${q}`, { method: 'GET' }, this.timeoutMs), now);
  }

  async send(m: ChannelMessage): Promise<void> {
    await withToken(this.token, (t) =>
      call(
        `${this.base}/topapi/message/corpconversation/asyncsend_v2?access_token=${encodeURIComponent(t)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ agent_id: this.app.agentId, userid_list: this.userId, msg: { msgtype: 'text', text: { content: plainText(m) } } }),
        },
        this.timeoutMs,
      ),
    );
  }
}
