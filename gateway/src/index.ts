export { startHub, type RunningHub } from './startHub';
export { readHubSettings, type HubSettings } from './hubSettings';
export { composeSupergraph } from './composeSupergraph';
