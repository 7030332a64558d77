// One import for the faces' rendering: Preact, its hooks and htm (tagged templates instead of JSX,
// so there is no build step). The vendor files are the npm packages' own built modules.
import { h, render, Fragment, createContext } from "../vendor/preact.mjs";
import { useState, useEffect, useMemo, useCallback, useRef, useContext, useReducer } from "../vendor/hooks.mjs";
import htm from "../vendor/htm.mjs";

export const html = htm.bind(h);
export { h, render, Fragment, createContext, useState, useEffect, useMemo, useCallback, useRef, useContext, useReducer };
