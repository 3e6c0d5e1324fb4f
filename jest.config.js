/**
 * Jest compiles the app to CommonJS with ts-jest (type-checked, with the Swagger plugin as an AST
 * transformer so DTO doc comments reach the OpenAPI document as they do in `nest build`). Nest 12
 * ships ES modules only; Jest loads them through require() only when Node runs with
 * --experimental-vm-modules, which the npm test script passes.
 */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: 'tsconfig.json',
        astTransformers: {
          before: ['<rootDir>/test/swagger-transformer.js'],
        },
      },
    ],
  },
  setupFiles: ['<rootDir>/test/support/test-env.js'],
  testTimeout: 20000,
};
