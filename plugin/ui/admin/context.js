// The shop the session belongs to, for every page (locale, currency, time zone).
import { createContext, useContext } from "../shared/html.js";

export const ShopContext = createContext(null);
export const useShop = () => useContext(ShopContext);
