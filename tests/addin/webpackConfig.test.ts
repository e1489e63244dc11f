/**
 * The build never starts a server: it must not create or install the Office development certificates
 * (office-addin-dev-certs installs a root certificate on the machine) nor configure a dev server.
 */
jest.mock('office-addin-dev-certs', () => {
  throw new Error('a build must not load office-addin-dev-certs');
});

describe('webpack.config.js', () => {
  it('has no dev server, and loads no certificates, for a production build', async () => {
    const make = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ devServer?: unknown }>;
    const config = await make({}, { mode: 'production' });
    expect(config.devServer).toBeUndefined();
  });

  it("uses no eval-based source maps, in development either (the pages' policy allows no eval)", async () => {
    const make = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ devtool?: string }>;
    for (const mode of ['production', 'development']) {
      const config = await make({}, { mode });
      expect({ mode, devtool: config.devtool }).not.toEqual({ mode, devtool: expect.stringContaining('eval') });
    }
  });
});
