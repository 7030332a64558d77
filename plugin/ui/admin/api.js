// The admin app's one connection to the server: /admin/graphql with the session token.
import { createClient } from "../shared/client.js";
import { currentToken, requestHostToken } from "./session.js";

export const client = createClient({
  endpoint: "/admin/graphql",
  getToken: currentToken,
  refreshToken: () => requestHostToken(),
});

export const gql = (query, variables) => client.request(query, variables);

/** Global IDs travel in the hash route; keep only their numeric part visible. */
export function idPart(gid) { return String(gid).split("/").pop(); }
export function gid(type, id) { return String(id).startsWith("gid://") ? id : `gid://recourse/${type}/${id}`; }
