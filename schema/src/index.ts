export * from './enums';
export * from './offering';
export * from './hubConfig';
export * from './snapshot';
export * from './offeringId';
export * from './zonedTime';
export * from './leipzig/gazetteer';
export * from './foldText';
