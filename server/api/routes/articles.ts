// Submitting articles: preview the extracted relations with their evidence (open: it writes nothing),
// then commit the ones a reviewer accepted (needs the write token).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import path from 'node:path';
import type { Lexicon } from '../../ingest/extract/lexicon';
import { loadLexicon } from '../../ingest/extract/lexicon-load';
import { commitArticle, isIngested, previewArticle } from '../../ingest/ingest';
import { ArticleInputSchema, CommitBody, CommitResponse, PreviewResponse } from '../article-schemas';
import { requireWriteToken } from '../auth';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import type { ConcurrencyLimit } from '../limits';
import { defineRoute } from '../route';

export function registerArticles(router: Router, registry: OpenAPIRegistry, ctx: ApiContext, limit: ConcurrencyLimit): void {
  let lexicon: Lexicon | null = null;
  // Built on first use: most servers never ingest, and building the lexicon takes a moment.
  const lex = () => (lexicon ??= loadLexicon(path.join(ctx.cfg.root, 'seeds', 'lexicon')));

  defineRoute(router, registry, {
    method: 'post', path: '/api/articles', tags: ['articles'],
    summary: 'Preview the relations extracted from a Vietnamese article, each with its evidence (writes nothing)',
    body: ArticleInputSchema, response: PreviewResponse, errors: [413, 429],
    handler: async ({ body }) => limit.run(async () => ({ ...previewArticle(body, lex()), alreadyIngested: await isIngested(ctx.db, body.text) })),
  });

  defineRoute(router, registry, {
    method: 'post', path: '/api/articles/commit', tags: ['articles'],
    summary: 'Write an article with the relations a reviewer accepted (Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>)',
    body: CommitBody, response: CommitResponse, errors: [401, 403, 413, 429],
    handler: async ({ body }, req) => {
      requireWriteToken(req, ctx.cfg.NEWSGRAPH_WRITE_TOKEN);
      return limit.run(async () => {
        const { accept, ...input } = body;
        const preview = previewArticle(input, lex());
        const known = new Set(preview.relations.map((r) => r.id));
        const unknown = accept.filter((id) => !known.has(id));
        if (unknown.length > 0) throw new ApiError(400, 'BAD_REQUEST', 'Some accepted ids are not relations of this text (preview again)', { unknown });
        if (await isIngested(ctx.db, input.text)) return { articleId: preview.articleId, relations: 0, alreadyIngested: true };
        const chosen = preview.relations.filter((r) => accept.includes(r.id));
        const res = await commitArticle(ctx.db, input, chosen, lex());
        return { ...res, alreadyIngested: false };
      });
    },
  });
}
