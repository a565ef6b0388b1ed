/** Edit commands for the editor: pure functions from document to document, with the history that keeps them. */
export * from './commands';
export * from './clipboard';
export * from './arrange';
export * from './geometry';
export * from './grow';
export * from './history';
export * from './ids';
export * from './propose';
export * from './drop-target';
