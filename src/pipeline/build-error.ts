/** A build that cannot go on, with a message for the office (the CLI prints it without a stack). */
export class BuildError extends Error {}
