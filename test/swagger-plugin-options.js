// Kept equal to the plugin options in nest-cli.json, so tests see the document production sees.
module.exports.swaggerPluginOptions = {
  introspectComments: true,
  classValidatorShim: true,
  dtoFileNameSuffix: ['.dto.ts', '.entity.ts', '.model.ts'],
};
