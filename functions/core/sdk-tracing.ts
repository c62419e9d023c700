import { createSocket, type Socket } from 'node:dgram';
import { randomBytes } from 'node:crypto';

/**
 * Records every AWS SDK call of a client as an X-Ray subsegment of the invocation's trace (DynamoDB
 * Query, S3 PutObject…, with its duration, request id, status and table or bucket), the way Powertools
 * Tracer's `captureAWSv3Client` does. Powertools Tracer itself brings aws-xray-sdk-core (with semver and
 * cls-hooked) into every function's cold start: +122 KB measured with our bundling, which would push the
 * largest functions (577 KB) far past the 600 KB budget (docs/operations.md "Traces"). What the SDK call
 * needs of it is small: Lambda runs the X-Ray daemon and names the trace and the invocation's segment in
 * `_X_AMZN_TRACE_ID`, so a subsegment is one JSON datagram sent to `AWS_XRAY_DAEMON_ADDRESS`
 * (the X-Ray developer guide, "Sending segment documents to the X-Ray daemon").
 *
 * Only in the cloud: without `AWS_XRAY_DAEMON_ADDRESS` (the twin, the tests) the client is left as it is.
 */
export function traceSdkCalls<C extends TraceableClient>(client: C, daemonAddress = process.env.AWS_XRAY_DAEMON_ADDRESS): C {
  const daemon = parseDaemonAddress(daemonAddress);
  if (!daemon) return client;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const trace = parseTraceHeader(process.env._X_AMZN_TRACE_ID);
      if (!trace?.sampled) return next(args);
      const start = Date.now() / 1000;
      try {
        const result = await next(args);
        send(daemon, subsegment(trace, context, args.input, start, (result.output as Metadata | undefined)?.$metadata));
        return result;
      } catch (error) {
        send(daemon, subsegment(trace, context, args.input, start, (error as Metadata).$metadata, error as Error));
        throw error;
      }
    },
    // Initialize: the first step, so the subsegment spans the SDK's retries, as the X-Ray SDK's does.
    { step: 'initialize', name: 'xraySubsegment', priority: 'high' },
  );
  return client;
}

/** What traceSdkCalls needs of an SDK v3 client (structural, so no @smithy/types import). */
export interface TraceableClient {
  middlewareStack: {
    add(
      middleware: (
        next: (args: { input: object }) => Promise<{ output: object }>,
        context: { clientName?: string; commandName?: string },
      ) => (args: { input: object }) => Promise<{ output: object }>,
      options: { step: 'initialize'; name: string; priority: 'high' },
    ): void;
  };
}

interface Metadata {
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

export interface TraceHeader {
  root: string;
  parent: string;
  sampled: boolean;
}

/** `Root=1-…;Parent=…;Sampled=1` as Lambda sets it for each invocation; undefined when it is absent or partial. */
export function parseTraceHeader(header: string | undefined): TraceHeader | undefined {
  if (!header) return undefined;
  const fields = Object.fromEntries(header.split(';').map((part) => part.trim().split('=') as [string, string]));
  if (!fields.Root || !fields.Parent) return undefined;
  return { root: fields.Root, parent: fields.Parent, sampled: fields.Sampled === '1' };
}

function parseDaemonAddress(address: string | undefined): { host: string; port: number } | undefined {
  // Lambda sets `host:port`; the X-Ray SDK also accepts `tcp:host:port udp:host:port`: take the UDP one.
  const udp = address?.split(/\s+/).find((part) => part.startsWith('udp:'))?.slice(4) ?? address;
  const match = udp?.match(/^(.+):(\d+)$/);
  return match ? { host: match[1]!, port: Number(match[2]) } : undefined;
}

/** The subsegment document (X-Ray segment document schema: an AWS SDK call, namespace `aws`). */
export function subsegment(
  trace: TraceHeader,
  context: { clientName?: string; commandName?: string },
  input: object,
  startTime: number,
  metadata: Metadata['$metadata'],
  error?: Error,
): Record<string, unknown> {
  const status = metadata?.httpStatusCode;
  const named = input as { TableName?: unknown; Bucket?: unknown; QueueUrl?: unknown };
  return {
    type: 'subsegment',
    id: randomBytes(8).toString('hex'),
    trace_id: trace.root,
    parent_id: trace.parent,
    name: (context.clientName ?? 'AWS').replace(/Client$/, ''),
    namespace: 'aws',
    start_time: startTime,
    end_time: Date.now() / 1000,
    aws: {
      operation: (context.commandName ?? '').replace(/Command$/, ''),
      region: process.env.AWS_REGION,
      request_id: metadata?.requestId,
      retries: metadata?.attempts ? metadata.attempts - 1 : undefined,
      ...(typeof named.TableName === 'string' ? { table_name: named.TableName } : {}),
      ...(typeof named.Bucket === 'string' ? { bucket_name: named.Bucket } : {}),
      ...(typeof named.QueueUrl === 'string' ? { queue_url: named.QueueUrl } : {}),
    },
    ...(status ? { http: { response: { status } } } : {}),
    // X-Ray's meaning: error = a 4xx (the caller's fault), fault = a 5xx or no answer at all.
    ...(error ? (status && status < 500 ? { error: true } : { fault: true }) : {}),
    ...(error ? { cause: { exceptions: [{ id: randomBytes(8).toString('hex'), type: error.name, message: error.message }] } } : {}),
  };
}

let socket: Socket | undefined;

/** One datagram per subsegment, the daemon's header first. Fire and forget, as the X-Ray SDK does. */
function send(daemon: { host: string; port: number }, document: Record<string, unknown>): void {
  if (!socket) {
    socket = createSocket('udp4');
    socket.unref();
    // A lost datagram loses one subsegment, never the call it describes.
    socket.on('error', () => undefined);
  }
  socket.send(`{"format": "json", "version": 1}\n${JSON.stringify(document)}`, daemon.port, daemon.host, () => undefined);
}
