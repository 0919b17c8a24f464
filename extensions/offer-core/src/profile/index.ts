export * from './profile.js';
export * from './personalise.js';
