import { openApiDocument } from '../../shared/contracts/openapi';

/** The checked-in docs/openapi.json, byte for byte. */
export const openApiDocumentText = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`;
