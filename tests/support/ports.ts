/** Ports of the two test servers: the real site and the fixture site. */
export const SITE_PORT = 4400;
export const FIXTURE_PORT = 4401;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;
