package fr.suresnes.contactcenter.it.core;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.security.PrivilegedExceptionAction;

/** Logs in to the contact-center security domain with the test servers' accounts (src/test/server). */
final class Identities {

    static final String PASSWORD = "it-secret";

    private Identities() {
    }

    static SecurityIdentity of(String username) throws Exception {
        return SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(PASSWORD.toCharArray()));
    }

    static <T> T as(String username, PrivilegedExceptionAction<T> work) throws Exception {
        return as(of(username), work);
    }

    static <T> T as(SecurityIdentity identity, PrivilegedExceptionAction<T> work) throws Exception {
        return identity.runAs(work);
    }
}
