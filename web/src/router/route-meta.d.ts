import type { AppRouteKey } from '#shared/routes';
import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** The API route the page depends on; roles it does not allow are turned away. */
    apiRoute?: AppRouteKey;
    /** i18n key of the page title. */
    titleKey?: string;
  }
}
