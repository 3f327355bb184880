// The staff session of this tab: sign-in (a password at the gateway, or the bureau's OpenID provider with
// the authorization code flow and PKCE), the short-lived access token renewed with the refresh token before
// it runs out (and once more when a service says 401), and sign-out that ends the session at the gateway or
// provider too. Kept in sessionStorage: it dies with the tab, and other tabs sign in on their own.
import { api } from './api.js';
import { lang, t } from './i18n.js';

const KEY = 'sunshine.staff';
const PENDING = 'sunshine.signin.pending';

// Renew this long before the access token expires, so a request never leaves with a token about to lapse.
const EARLY_MS = 60_000;

let refreshing = null;
let options = null;
let providerFailure = null;
const listeners = new Set();

function read(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key));
  } catch {
    return null;
  }
}

const load = () => read(KEY);

function store(session) {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener(session);
}

function fromTokens(username, tokens) {
  return {
    username: username || nameIn(tokens.access_token),
    token: tokens.access_token,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    refreshToken: tokens.refresh_token || null,
  };
}

/**
 * The signed-in session, or null. A session whose access token has run out still counts while it holds a
 * refresh token: the next request renews it (and ends the session if the gateway refuses).
 */
export function staffSession() {
  const session = load();
  if (!session || !session.token) return null;
  return session.expiresAt > Date.now() || session.refreshToken ? session : null;
}

/** Called with the new session (or null) whenever this tab signs in, renews or signs out. */
export function onSessionChange(listener) {
  listeners.add(listener);
}

async function post(path, body, json) {
  return fetch(path, {
    method: 'POST',
    headers: {
      'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded',
      Accept: 'application/json', 'Accept-Language': lang(),
    },
    body: json ? JSON.stringify(body) : new URLSearchParams(body),
    cache: 'no-store',
  });
}

/** The claims of the session's token, decoded without checking the signature (the services check it). */
export function claimsOf(session) {
  return session ? payloadOf(session.token) : {};
}

function payloadOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return {};
  }
}

function nameIn(token) {
  const claims = payloadOf(token);
  return claims.preferred_username || claims.sub || '';
}

/**
 * The roles the session's token carries, for the menus only: the gateway's `roles`, or a provider's realm
 * roles (`secrecy-reviewer` → SECRECY_REVIEWER) mapped as the services map them.
 */
export function rolesOf(session) {
  const claims = claimsOf(session);
  if (Array.isArray(claims.roles)) return claims.roles;
  const realm = claims.realm_access && Array.isArray(claims.realm_access.roles) ? claims.realm_access.roles : [];
  return realm.map((role) => String(role).toUpperCase().replace(/-/g, '_'));
}

/** How staff sign in here, as the gateway says: { mode: 'local' } or { mode: 'provider', … }; rejects with an ApiError. */
export async function signInOptions() {
  if (!options) options = await api('/api/auth/sign-in-options');
  return options;
}

/** Sends the browser to the provider's sign-in page; it comes back to this page with ?code=…&state=…. */
export async function startProviderSignIn(provider) {
  const verifier = randomText(32);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  const state = randomText(16);
  const redirectUri = `${location.origin}/`;
  sessionStorage.setItem(PENDING, JSON.stringify({ state, verifier, redirectUri }));
  const target = new URL(provider.authorizationEndpoint);
  for (const [name, value] of Object.entries({
    response_type: 'code', client_id: provider.clientId, redirect_uri: redirectUri, scope: provider.scope,
    state, code_challenge: base64Url(new Uint8Array(digest)), code_challenge_method: 'S256',
  })) target.searchParams.set(name, value);
  location.assign(target.toString());
}

/**
 * Back from the provider: exchanges the code (with the verifier only this tab knows) for the session and
 * takes the code out of the address. Resolves to whether the address was such a return at all.
 */
export async function completeProviderSignIn() {
  const params = new URLSearchParams(location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return false;
  const pending = read(PENDING);
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', '/#/staff');
  providerFailure = null;
  try {
    if (!pending || pending.state !== params.get('state') || !params.has('code')) throw new Error(t('signin.provider.failed'));
    const response = await post('/api/auth/token', { grant_type: 'authorization_code', code: params.get('code'),
      code_verifier: pending.verifier, redirect_uri: pending.redirectUri });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error((problem && problem.detail) || t('signin.provider.failed'));
    }
    store(fromTokens(null, await response.json()));
  } catch (error) {
    providerFailure = error.message || t('signin.provider.failed');
  }
  return true;
}

/** Why the last return from the provider did not sign anyone in (shown once), or null. */
export function takeProviderFailure() {
  const failure = providerFailure;
  providerFailure = null;
  return failure;
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Signs in; resolves to the session, or rejects with the gateway's answer (a Response) when refused. */
export async function signIn(username, password) {
  const response = await post('/api/auth/token', { username, password }, true);
  if (!response.ok) throw response;
  const session = fromTokens(username, await response.json());
  store(session);
  return session;
}

/**
 * The next token pair for this session. One renewal at a time: the gateway rotates the refresh token on
 * every use and takes a second use of the old one for theft (it ends the whole session).
 */
function renew(session) {
  if (!refreshing) {
    refreshing = (async () => {
      try {
        const response = await post('/api/auth/token', { grant_type: 'refresh_token', refresh_token: session.refreshToken });
        if (response.ok) {
          const next = fromTokens(session.username, await response.json());
          store(next);
          return next;
        }
        // Refused (used, revoked or past the session's life): signed out. A 503 or a lost connection
        // keeps the session for the next attempt.
        if (response.status === 400 || response.status === 401) store(null);
        return null;
      } catch {
        return null;
      } finally {
        refreshing = null;
      }
    })();
  }
  return refreshing;
}

/** A usable access token, renewed first when it expires within a minute; null when signed out. */
export async function accessToken() {
  const session = staffSession();
  if (!session) return null;
  if (session.expiresAt - EARLY_MS > Date.now() || !session.refreshToken) {
    return session.expiresAt > Date.now() ? session.token : null;
  }
  const next = await renew(session);
  return next ? next.token : null;
}

/**
 * fetch() with the session's bearer token. A 401 despite a fresh-looking token (the key was rotated, the
 * account changed) gets one renewal and one retry; a second 401 is the caller's to report.
 */
export async function fetchAsStaff(path, request = {}) {
  const token = await accessToken();
  const send = (bearer) => fetch(path, { ...request, headers: { ...(request.headers || {}), ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) } });
  const response = await send(token);
  if (response.status !== 401 || !token) return response;
  const session = staffSession();
  // Another request renewed the token meanwhile: use that one.
  if (session && session.token !== token) return send(session.token);
  if (!session || !session.refreshToken) return response;
  const next = await renew(session);
  return next ? send(next.token) : response;
}

/** Ends the session here and at the gateway (which revokes its refresh tokens); best effort offline. */
export async function signOut() {
  const session = load();
  store(null);
  if (session && session.refreshToken) {
    await post('/api/auth/logout', { refresh_token: session.refreshToken }).catch(() => null);
  }
}
