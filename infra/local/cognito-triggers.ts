import { createServer, type Server } from 'node:http';

/** The Lambda name cognito-local is told to invoke before it issues tokens (see cognito-local.ts). */
export const preTokenGenerationFunction = 'crm-local-pre-token-generation';

/**
 * Stands in for AWS Lambda's Invoke API for cognito-local's one trigger. cognito-local puts only custom
 * attributes into ID tokens, while Cognito also puts the standard ones; `name` is the one the API reads
 * (functions/core/principal.ts), so without this, names recorded locally would be usernames. The answer
 * adds the user's standard `name` attribute as a claim, which is what the ID token carries in the cloud.
 */
export function preTokenGenerationResponse(event: unknown): unknown {
  const attributes = (event as { request?: { userAttributes?: Record<string, string> } }).request?.userAttributes ?? {};
  const claims = attributes.name ? { name: attributes.name } : {};
  return { ...(event as object), response: { claimsOverrideDetails: { claimsToAddOrOverride: claims } } };
}

export function startCognitoTriggers(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const invoked = req.method === 'POST' && req.url === `/2015-03-31/functions/${preTokenGenerationFunction}/invocations`;
      if (!invoked) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `No local function at ${req.url}` }));
        return;
      }
      try {
        const body = JSON.stringify(preTokenGenerationResponse(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch {
        res.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' }).end(JSON.stringify({ errorMessage: 'Invalid event' }));
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(server));
  });
}
