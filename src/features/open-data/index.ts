export { apiPrefix, openDataRoutes } from './open-data.routes.ts';
