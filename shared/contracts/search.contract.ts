import { searchQuerySchema } from '../schemas/search.schema';
import { defineContracts } from './route-contract';

export const searchContracts = defineContracts({
  'GET /search': { query: searchQuerySchema },
});
