export * from './agreement-actions.dto';
export * from './agreement-content.dto';
export * from './component.dto';
export * from './list-agreements.query.dto';
export * from './parties.dto';
export * from './version-pdf.query.dto';
