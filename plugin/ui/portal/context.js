import { createContext } from "../shared/html.js";

/** {shop, customer, t, lang, domain} for every page of the portal. */
export const PortalContext = createContext(null);
