import { ConfigError, loadConfig } from './config';

const graph = { GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' };

describe('settings for every Microsoft cloud', () => {
  it('uses the commercial cloud unless told otherwise', () => {
    const config = loadConfig({ ...graph });
    expect(config.cloud).toEqual({
      graphBaseUrl: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(config.graph).toMatchObject({
      baseUrl: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
    });
  });

  it("takes a national cloud's Graph and Entra ID endpoints (GCC High), for the calendar and for SSO", () => {
    const config = loadConfig({
      ...graph,
      AAD_APP_CLIENT_ID: 'app',
      GRAPH_BASE_URL: 'https://graph.microsoft.us/',
      ENTRA_AUTHORITY_HOST: 'https://login.microsoftonline.us',
    });
    expect(config.graph).toMatchObject({
      baseUrl: 'https://graph.microsoft.us',
      authorityHost: 'https://login.microsoftonline.us',
    });
    expect(config.sso?.authorityHost).toBe('https://login.microsoftonline.us');
  });

  it('accepts plain http only on this machine, for a Graph double in tests', () => {
    expect(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:4010' }).cloud.graphBaseUrl).toBe('http://127.0.0.1:4010');
  });

  it.each([
    ['GRAPH_BASE_URL', 'http://graph.example.org'],
    ['GRAPH_BASE_URL', 'https://graph.microsoft.com/v1.0'],
    ['ENTRA_AUTHORITY_HOST', 'login.microsoftonline.com'],
    ['ENTRA_AUTHORITY_HOST', 'https://login.microsoftonline.com/tenant-id'],
  ])('refuses %s=%s at start, naming the setting and the form it takes', (name, value) => {
    let refusal: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as ConfigError).message).toContain(`${name} must be the https origin`);
  });
});
