/** Resolves in a later task, so that the work before and after it never share one (a long task split in two). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
