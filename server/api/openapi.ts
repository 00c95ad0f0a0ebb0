// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests.
import { OpenApiGeneratorV31, type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';

export function openApiDocument(registry: OpenAPIRegistry): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '0.1.0',
      description: 'Relations extracted from news, with the sentences that state them. Every error has the shape {"error": {"code", "message", "details"?}}.',
    },
    servers: [{ url: '/' }],
  });
}
