import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { endSessionFromToken } from "./sessions";
import { requestContextFrom } from "./request-context";
import { authenticate } from "./sign-in";

declare module "next-auth" {
  interface User {
    role: string;
    sessionVersion: number;
    sessionId: string;
  }
  interface Session {
    user: { id: string; role: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    sv?: number;
    sid?: string;
  }
}

const secure = () => env().NEXTAUTH_URL.startsWith("https://");

/** The session cookie (docs/security.md S1): HttpOnly, SameSite=Lax, `__Host-` and Secure over https. */
export function sessionCookieName(): string {
  return secure() ? "__Host-intake.session" : "intake.session";
}

function cookie(name: string, httpOnly = true) {
  return { name, options: { httpOnly, sameSite: "lax" as const, path: "/", secure: secure() } };
}

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: e.NEXTAUTH_SECRET,
    // The absolute lifetime; idle timeout and revocation are checked on every request against
    // the UserSession row (lib/auth/session.ts).
    session: { strategy: "jwt", maxAge: e.SESSION_MAX_HOURS * 3600, updateAge: 0 },
    jwt: { maxAge: e.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/signin", error: "/signin", signOut: "/signin" },
    useSecureCookies: secure(),
    cookies: {
      sessionToken: cookie(sessionCookieName()),
      callbackUrl: cookie(secure() ? "__Secure-intake.callback-url" : "intake.callback-url"),
      csrfToken: cookie(secure() ? "__Host-intake.csrf-token" : "intake.csrf-token"),
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = typeof credentials?.email === "string" ? credentials.email : "";
          const password = typeof credentials?.password === "string" ? credentials.password : "";
          const raw = (req.headers ?? {}) as Record<string, string | string[] | undefined>;
          const request = requestContextFrom({
            get: (name) => {
              const value = raw[name] ?? raw[name.toLowerCase()];
              return Array.isArray(value) ? (value.join(", ") ?? null) : (value ?? null);
            },
          });
          const signedIn = await authenticate({ email, password, request });
          if (!signedIn) return null;
          return {
            id: signedIn.id,
            role: signedIn.role,
            sessionVersion: signedIn.sessionVersion,
            sessionId: signedIn.sessionId,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
          token.sid = user.sessionId;
          // No name/email in the token beyond what NextAuth adds: keep the cookie small and PHI-free.
          delete token.email;
          delete token.name;
          delete token.picture;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { id: token.uid ?? "", role: token.role ?? "" } };
      },
      redirect({ url, baseUrl }) {
        // docs/security.md X8: never redirect off the site.
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {
          /* fall through */
        }
        return baseUrl;
      },
    },
    events: {
      async signOut({ token }) {
        await endSessionFromToken(token, "sign-out").catch((error: unknown) => {
          logger.error("auth.sign-out.failed", { errorName: error instanceof Error ? error.name : "unknown" });
        });
      },
    },
    logger: {
      // NextAuth's own logging can include tokens; keep only the code.
      error: (code) => logger.error("next-auth.error", { code }),
      warn: (code) => logger.warn("next-auth.warn", { code }),
      debug: () => undefined,
    },
  };
}
