package org.itaboard.security.domain;

/** Where a sign-in came from: the login page or a script's HTTP Basic call to the API. */
public enum SignInChannel {
    FORM,
    API
}
