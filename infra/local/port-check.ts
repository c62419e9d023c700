import { createServer } from 'node:net';
import { StartupError } from './startup-error';

/** Refuses to start when a port is taken, naming the port and what needed it. */
export async function requireFreePort(port: number, what: string): Promise<void> {
  const free = await new Promise<boolean>((done) => {
    const server = createServer()
      .once('error', () => done(false))
      .once('listening', () => server.close(() => done(true)))
      .listen(port, '0.0.0.0');
  });
  if (!free) {
    throw new StartupError(
      `Port ${port} (${what}) is already in use — is another npm start running? Stop it (Ctrl-C) or free the port (e.g. lsof -i :${port}), then run npm start again.`,
    );
  }
}
