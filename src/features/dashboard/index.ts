// A call's dashboard: aggregate figures, charts and tables. Other features reach it through here.
export { dashboardRoutes } from './dashboard.routes.tsx';
export { exportsRoutes } from './exports.routes.tsx';
