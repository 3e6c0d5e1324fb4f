// ts-jest wants a transformer module with `name`, `version` and `factory`; the Swagger plugin
// exports Nest's own shape (`before`), so this adapts one to the other for the test build.
const { before } = require('@nestjs/swagger/plugin');
const { swaggerPluginOptions } = require('./swagger-plugin-options');

module.exports = {
  name: 'nestjs-swagger-plugin',
  version: 1,
  factory: (tsCompiler) => before(swaggerPluginOptions, tsCompiler.program),
};
