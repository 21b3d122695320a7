import { entityFeedRoute } from '../../../routes/entity-routes.ts';
import { cachedPaths } from '../../../routes/cached-paths.ts';

const route = entityFeedRoute('districts');
export const getStaticPaths = cachedPaths(route.getStaticPaths);
export const GET = route.GET;
