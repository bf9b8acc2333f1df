export * from './timeline';
export { loadEventList, loadFirstPage, loadItems } from './timeline-query';
