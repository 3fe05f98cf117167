export * from './record';
export * from './related';
