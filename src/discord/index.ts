/** What the rest of Sitrep uses from the Discord side. */
export { startDiscord, deployCommands, type DiscordHandle, type StartDiscordOptions, type DeployOptions } from './client.js';
export { DiscordSink, createDiscordSink, createRest } from './sink.js';
export { deliveryTargets, discordTargets } from './routing.js';
export { rulesProviderFor } from './rules-adapter.js';
export { commandDefinitions } from './interactions.js';
export type { EngineLookups, RulesProvider } from './context.js';
