export * from './record';
export * from './related';
export * from './db';
export * from './store';
