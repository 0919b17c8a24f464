import { createEmulator } from '@tandem/emulator';
import { previewRoutes } from '@tandem/web/dev/preview/index';

export const load = async (): Promise<unknown[]> => [
  createEmulator,
  previewRoutes,
  await import('@tandem/web/dev/index'),
  await import('@tandem/emulator'),
];
