/**
 * Builds the Excel add-in's pages (the task pane, the ribbon's command page and the help page, which is
 * the user guide docs/huong-dan-su-dung.md) and the playground (index.html: the same pane over a
 * workbook in the browser).
 * `npm run build` → dist/web (production); `npm run dev-server` → https://localhost:3000.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { ADDIN_CSP } = require('./addinCsp');
const { addinBase, manifestFor } = require('./addinManifest');
const { GUIDE, IMAGE_DIR, renderGuideFile } = require('./addinHelp');
const { version } = require('./package.json');

/** Office requires https even on localhost: the Office dev certificates where installed, else webpack's own. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    console.warn(
      `Office dev certificates not used (${e instanceof Error ? e.message : e}): webpack's own certificate instead.`,
    );
    return { type: 'https' };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  // Checked before anything is built: an address that is not https stops the build with the reason.
  const base = addinBase(process.env.ADDIN_BASE_URL);
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps in development either: the pages' policy (addinCsp.js) allows no eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      playground: './src/playground/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // One vendor chunk per page, never shared: the pane loads none of the playground's packages (Fluent
      // tabs, spinner, its components; ExcelJS stays in the playground's on-demand chunk). The pane's
      // panels the first screen does not show and each theme are their own on-demand chunks (App.tsx,
      // index.tsx). tests/addin/bundle.test.ts holds the pane's first load to its budget.
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          taskpaneVendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'taskpane-vendor',
            chunks: (chunk) => chunk.name === 'taskpane',
          },
          playgroundVendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'playground-vendor',
            chunks: (chunk) => chunk.name === 'playground',
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        csp: ADDIN_CSP,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        csp: ADDIN_CSP,
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
        csp: ADDIN_CSP,
        // The user guide (docs/huong-dan-su-dung.md) rendered into the page at build time (addinHelp.js);
        // watched, so the dev server rebuilds the page when the guide changes.
        templateParameters: async (compilation, assets, assetTags, options) => {
          compilation.fileDependencies.add(GUIDE);
          return {
            compilation,
            webpackConfig: compilation.options,
            htmlWebpackPlugin: { tags: assetTags, files: assets, options },
            guide: await renderGuideFile(),
          };
        },
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/playground/playground.html',
        chunks: ['playground'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          // The guide's screenshots, beside help.html as the guide names them (screenshots/…).
          { from: `docs/${IMAGE_DIR}/*.png`, to: `${IMAGE_DIR}/[name][ext]` },
          // The manifest for the address the pages are hosted at (ADDIN_BASE_URL; default the dev server's),
          // beside the pages and as dist/manifest.xml, the file an office's IT deploys.
          ...['manifest.xml', '../manifest.xml'].map((to) => ({
            from: 'manifest.xml',
            to,
            transform: (content) => manifestFor(content.toString('utf8'), base, version),
          })),
          { from: 'assets/sample/phu-luc-mau.xlsx', to: 'sample/phu-luc-mau.xlsx' },
        ],
      }),
    ],
    // Only `webpack serve` needs a server: a build (and `npm test`) never creates or installs the Office
    // development certificates. The pages are served to this machine only, same-origin (Office loads the
    // pane from the manifest's origin: no cross-origin header is needed).
    devServer:
      env && env.WEBPACK_SERVE
        ? {
            host: 'localhost',
            port: 3000,
            server: await httpsOptions(),
            static: false,
          }
        : undefined,
  };
};
