/**
 * `stagedUploadsCreate` for BULK_MUTATION_VARIABLES: hands out an upload target on the emulator
 * (`<publicBaseUrl>/staged-uploads`, multipart form POST with the returned parameters plus `file`); emu-http
 * stores the file through `putStagedUpload(key, content)`. The `key` parameter is what
 * `bulkOperationRunMutation(stagedUploadPath:)` takes. Other upload resources (images, files) are not emulated.
 */
import { numericId } from '../../state/gid.js';
import type { AdminContext } from '../context.js';

interface StagedUploadInput {
  readonly resource: string;
  readonly filename: string;
  readonly mimeType: string;
  readonly httpMethod?: string | null;
}

export function stagedUploadsCreate(
  inputs: readonly StagedUploadInput[],
  ctx: AdminContext,
): { stagedTargets: object[] | null; userErrors: object[] } {
  const userErrors = inputs.flatMap((input, index) =>
    input.resource === 'BULK_MUTATION_VARIABLES'
      ? []
      : [
          {
            field: ['input', String(index), 'resource'],
            message: `Staged uploads for ${input.resource} are not emulated; only BULK_MUTATION_VARIABLES.`,
          },
        ],
  );
  if (userErrors.length > 0) return { stagedTargets: null, userErrors };
  const stagedTargets = inputs.map((input) => {
    const key = `tmp/${numericId(ctx.shop.shop.id)}/bulk/${numericId(ctx.shop.newId('StagedUpload'))}/${input.filename}`;
    ctx.runtime.stagedUploads.set(key, null);
    return {
      url: `${ctx.runtime.baseUrl(ctx.shop.shop.domain)}/staged-uploads`,
      resourceUrl: null,
      parameters: [
        { name: 'key', value: key },
        { name: 'Content-Type', value: input.mimeType },
        { name: 'success_action_status', value: '201' },
        { name: 'acl', value: 'private' },
      ],
    };
  });
  return { stagedTargets, userErrors: [] };
}
