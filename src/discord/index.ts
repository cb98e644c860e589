/** What the rest of Sitrep uses from the Discord side. */
export { type DeployOptions, type DiscordHandle, deployCommands, gatewayCheck, type StartDiscordOptions, startDiscord } from './client.js';
export type { EngineLookups, RulesProvider } from './context.js';
export { discordDigestPoster } from './digest.js';
export { feedDisabledNotice } from './embeds.js';
export { commandDefinitions } from './interactions.js';
export { deliveryTargets, discordTargets } from './routing.js';
export { rulesProviderFor } from './rules-adapter.js';
export { checkToken, createDiscordSink, createRest, DiscordSink } from './sink.js';
