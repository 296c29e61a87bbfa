export { apiPrefix, openDataRoutes } from './open-data.routes.ts';
export { csvCell, toCsv } from './csv.ts';
