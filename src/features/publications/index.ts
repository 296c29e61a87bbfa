export { publicationsRoutes } from './publications.routes.tsx';
