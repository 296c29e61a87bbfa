export { reviewRoutes } from './review.routes.tsx';
