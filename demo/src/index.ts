export { serveDemoFeeds, renderDemoFiles, type DemoFeedServer } from './serveDemoFeeds';
export { DEMO_PARTNERS } from './demoCatalogue';
