import { NS } from './namespaces';
import { buildXml } from './xml-codec';

/** EWP's `error-response` (common-types): what went wrong for the developer, and for the user. */
export const errorResponseXml = (developerMessage: string, userMessage?: string): string =>
  buildXml({
    'error-response': {
      '@xmlns': NS.common,
      'developer-message': developerMessage,
      'user-message': userMessage,
    },
  });

export const updateResponseXml = (successUserMessage: string): string =>
  buildXml({
    'omobility-las-update-response': {
      '@xmlns': NS.lasUpdateResponse,
      '@xmlns:ewp': NS.common,
      'ewp:success-user-message': successUserMessage,
    },
  });
