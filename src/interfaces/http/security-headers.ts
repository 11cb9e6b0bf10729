import { secureHeaders } from "hono/secure-headers";

/**
 * Headers on every answer. The policy lets the page run only its own script and style and talk
 * only to its own server: article text is untrusted, and even if some of it were ever rendered as
 * markup by mistake, no script it carried could run or send anything anywhere.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      manifestSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "no-referrer",
  });
}
