// The synthesis report of a call (Word). Other features reach it through here.
export { synthesisRoutes } from './synthesis.routes.tsx';
