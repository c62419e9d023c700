/** What /config.json holds: written by the web stack in the cloud, served by a Vite plugin locally. */
export interface RuntimeConfig {
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Only locally (cognito-local); in the cloud Amplify derives the endpoint from the region. */
  userPoolEndpoint?: string;
  apiUrl: string;
  authFlowType: 'USER_PASSWORD_AUTH' | 'USER_SRP_AUTH';
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const res = await fetch('/config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`/config.json: HTTP ${res.status}`);
  const config = (await res.json()) as Partial<RuntimeConfig>;
  for (const key of ['userPoolId', 'userPoolClientId', 'apiUrl'] as const) {
    if (!config[key]) throw new Error(`/config.json: missing ${key}`);
  }
  return { authFlowType: 'USER_SRP_AUTH', region: '', ...config } as RuntimeConfig;
}
