import { Router, type Request } from 'express';
import { numericId } from '../state/gid.js';
import { renderProductSvg } from '../demo/index.js';
import type { EmulatedProduct } from '../state/types.js';
import { rawBody } from './body.js';
import { httpFaults } from './http-faults.js';
import type { Runtime } from './runtime.js';
import { sendErrors } from './shopify-errors.js';

/** Shopify caps a bulk mutation's variables file at 20 MB (bulkOperationRunMutation docs). */
export const STAGED_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * Files outside the GraphQL endpoints: product images of the seeds (`/images/<handle>.svg`, drawn by the
 * demo generator), bulk operation results (`/bulk/{fileId}.jsonl`, where Shopify
 * uses signed storage URLs) and the staged-upload target that takes a bulk mutation's JSONL as a
 * multipart form POST (as Shopify's storage bucket does: form fields from `stagedUploadsCreate`
 * `parameters`, then the `file` field).
 */
export function fileRoutes(runtime: Runtime): Router {
  const router = Router({ mergeParams: true });
  const images = new Map<string, EmulatedProduct>();
  for (const seed of runtime.shops.values()) {
    for (const product of seed.products) if (product.imageUrl !== null) images.set(product.imageUrl, product);
  }
  router.get('/images/:file', (req, res) => {
    const product = images.get(`/images/${String(req.params['file'])}`);
    if (!product) {
      sendErrors(res, 404);
      return;
    }
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(renderProductSvg(product));
  });
  // Bulk file ids are `<shop numeric id>-<operation numeric id>` (engine bulk-settle.ts): that names the shop
  // for shop-scoped faults when the file is fetched outside /shops/{shop}.
  const shopByNumericId = new Map(
    [...runtime.shops.values()].map((seed) => [numericId(seed.shop.id), seed.shop.domain]),
  );
  const bulkShop = (req: Request): string =>
    typeof req.params['shop'] === 'string'
      ? req.params['shop']
      : (shopByNumericId.get(Number(/^(\d+)-/.exec(String(req.params['file']))?.[1])) ?? '');
  router.get('/bulk/:file', httpFaults(runtime, 'bulk', bulkShop), (req, res) => {
    const file = String(req.params['file']);
    const content = file.endsWith('.jsonl')
      ? runtime.engine.readBulkFile(file.slice(0, -'.jsonl'.length))
      : undefined;
    if (content === undefined) {
      sendErrors(res, 404);
      return;
    }
    res.type('application/jsonl').send(content);
  });
  router.post('/staged-uploads', rawBody(STAGED_UPLOAD_LIMIT_BYTES), async (req, res) => {
    const contentType = req.get('Content-Type') ?? '';
    if (!contentType.includes('multipart/form-data') || !Buffer.isBuffer(req.body)) {
      res
        .status(400)
        .type('application/xml')
        .send(storageError('InvalidArgument', 'Expected a multipart/form-data POST.'));
      return;
    }
    // The WHATWG Request parser reads multipart bodies without another dependency.
    const form = await new Request('http://staged.invalid/', {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body: req.body,
    }).formData();
    const key = form.get('key');
    const file = form.get('file');
    if (typeof key !== 'string' || key === '' || file === null) {
      res
        .status(400)
        .type('application/xml')
        .send(storageError('InvalidArgument', 'Form fields "key" and "file" are required.'));
      return;
    }
    runtime.engine.putStagedUpload(key, typeof file === 'string' ? file : await file.text());
    const status = Number(form.get('success_action_status') ?? 204);
    if (status === 201) {
      res
        .status(201)
        .type('application/xml')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?><PostResponse><Key>${escapeXml(key)}</Key></PostResponse>`,
        );
      return;
    }
    res.status(status === 200 ? 200 : 204).end();
  });
  return router;
}

function storageError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
