// Kept equal to the plugin options in nest-cli.json, so tests see the document production sees.
module.exports.swaggerPluginOptions = { introspectComments: true, classValidatorShim: true };
