import { entityFeedRoute } from '../../../utils/entity-routes.ts';

const route = entityFeedRoute('industries');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
