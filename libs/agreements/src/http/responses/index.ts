export * from './agreement-content.response';
export * from './agreement.response';
export * from './agreement-page.response';
export * from './amendment.response';
export * from './signature.response';
