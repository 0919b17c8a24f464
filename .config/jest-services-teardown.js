// Jest globalTeardown: stops the private PostgreSQL/Redis that jest-services-setup.js started (if any).
export default async function teardown() {
  await globalThis.tandemTestServices?.stop();
}
