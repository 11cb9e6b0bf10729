/* global SwaggerUIBundle, document */
// Draws the API reference from this server's own OpenAPI document (in a file, not inline: the
// Content-Security-Policy runs only scripts the server serves).
SwaggerUIBundle({
  url: new URL("openapi.json", document.baseURI).href,
  dom_id: "#reference",
  // The plain layout: no bar for loading another document from elsewhere.
  layout: "BaseLayout",
  presets: [SwaggerUIBundle.presets.apis],
  deepLinking: true,
  // Otherwise the document would be sent to an outside validator for a badge.
  validatorUrl: null,
  displayOperationId: true,
  defaultModelsExpandDepth: 0,
});
