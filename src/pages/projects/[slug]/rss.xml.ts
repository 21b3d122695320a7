import { entityFeedRoute } from '../../../routes/entity-routes.ts';

const route = entityFeedRoute('projects');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
