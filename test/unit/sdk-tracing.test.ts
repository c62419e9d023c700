import { createSocket, type Socket } from 'node:dgram';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/core/dynamo';
import { parseTraceHeader, traceSdkCalls } from '../../functions/core/sdk-tracing';

/**
 * Issue 14: the SDK clients' calls reach X-Ray as subsegments in the cloud. A UDP socket stands in for
 * Lambda's X-Ray daemon (it only receives datagrams); a small HTTP server answers as DynamoDB would.
 */
let daemon: Socket;
let daemonAddress: string;
const received: string[] = [];
let dynamo: Server;
let endpoint: string;

beforeAll(async () => {
  daemon = createSocket('udp4');
  daemon.on('message', (message) => received.push(message.toString()));
  await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
  daemonAddress = `127.0.0.1:${daemon.address().port}`;
  dynamo = createServer((request, response) => {
    const target = request.headers['x-amz-target'];
    request.resume();
    request.on('end', () => {
      if (target === 'DynamoDB_20120810.ListTables') {
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'REQ-LIST' });
        response.end('{"TableNames":[]}');
      } else {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'REQ-MISSING' });
        response.end('{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}');
      }
    });
  });
  await new Promise<void>((resolve) => dynamo.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;
});

afterAll(async () => {
  daemon.close();
  await new Promise((resolve) => dynamo.close(resolve));
});

afterEach(() => {
  received.length = 0;
  delete process.env._X_AMZN_TRACE_ID;
});

const client = (address: string | undefined) =>
  traceSdkCalls(new DynamoDBClient({ endpoint, region: 'ap-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 }), address);

async function datagrams(count: number): Promise<Record<string, any>[]> {
  for (let i = 0; i < 50 && received.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return received.map((message) => {
    const [header, body] = message.split('\n');
    expect(header).toBe('{"format": "json", "version": 1}');
    return JSON.parse(body!);
  });
}

describe('SDK calls traced to X-Ray', () => {
  it('sends a subsegment per call under the invocation’s segment, named by service and operation', async () => {
    process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    await client(daemonAddress).send(new ListTablesCommand({}));
    const [doc] = await datagrams(1);
    expect(doc).toMatchObject({
      type: 'subsegment',
      trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      parent_id: '53995c3f42cd8ad8',
      name: 'DynamoDB',
      namespace: 'aws',
      aws: { operation: 'ListTables', request_id: 'REQ-LIST' },
      http: { response: { status: 200 } },
    });
    expect(doc!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(doc!.end_time).toBeGreaterThanOrEqual(doc!.start_time);
    expect(doc!.fault ?? doc!.error).toBeUndefined();
  });

  it('marks a refused call as an error with its exception and the table, and still throws it', async () => {
    process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    await expect(client(daemonAddress).send(new GetItemCommand({ TableName: 'crm', Key: { PK: { S: 'x' }, SK: { S: 'y' } } }))).rejects.toThrow('Requested resource not found');
    const [doc] = await datagrams(1);
    expect(doc).toMatchObject({
      aws: { operation: 'GetItem', table_name: 'crm', request_id: 'REQ-MISSING' },
      http: { response: { status: 400 } },
      error: true,
      cause: { exceptions: [{ type: 'ResourceNotFoundException' }] },
    });
  });

  it('captures the document client the repositories use, when Lambda names a daemon', async () => {
    process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    process.env.AWS_XRAY_DAEMON_ADDRESS = daemonAddress;
    try {
      const documents = createDocumentClient(endpoint);
      await expect(documents.send(new GetCommand({ TableName: 'crm', Key: { PK: 'CUST#1', SK: 'PROFILE' } }))).rejects.toThrow();
    } finally {
      delete process.env.AWS_XRAY_DAEMON_ADDRESS;
    }
    const [doc] = await datagrams(1);
    expect(doc).toMatchObject({ name: 'DynamoDB', aws: { operation: 'GetItem', table_name: 'crm' }, error: true });
  });

  it('sends nothing for an invocation Lambda did not sample', async () => {
    process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0';
    await client(daemonAddress).send(new ListTablesCommand({}));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual([]);
  });

  it('leaves the client untouched outside the cloud (no X-Ray daemon)', () => {
    const plain = client(undefined);
    expect(plain.middlewareStack.identify().some((entry) => entry.startsWith('xraySubsegment'))).toBe(false);
    expect(client(daemonAddress).middlewareStack.identify().some((entry) => entry.startsWith('xraySubsegment'))).toBe(true);
  });

  it('is applied to every SDK client the functions create', () => {
    const files = readdirSync('functions', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const untraced = files.flatMap((file) =>
      [...readFileSync(join('functions', file), 'utf8').matchAll(/^.*new \w+Client\(.*$/gm)].filter((m) => !m[0].includes('traceSdkCalls(')).map((m) => `${file}: ${m[0].trim()}`),
    );
    expect(untraced).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });

  it('reads Lambda’s trace header', () => {
    expect(parseTraceHeader('Root=1-a-b;Parent=c;Sampled=1;Lineage=1:2:0')).toEqual({ root: '1-a-b', parent: 'c', sampled: true });
    expect(parseTraceHeader('Root=1-a-b')).toBeUndefined();
    expect(parseTraceHeader(undefined)).toBeUndefined();
  });
});
