export * from './coverage';
export * from './timeline';
export { loadEventList, loadFirstPage, loadItems } from './timeline-query';
