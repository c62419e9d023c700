import { homeQuerySchema } from '../schemas/home.schema';
import { defineContracts } from './route-contract';

export const homeContracts = defineContracts({
  'GET /home': { query: homeQuerySchema },
});
