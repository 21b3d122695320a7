import { entityFeedRoute } from '../../../routes/entity-routes.ts';

const route = entityFeedRoute('industries');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
