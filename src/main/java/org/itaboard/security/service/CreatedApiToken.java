package org.itaboard.security.service;

import org.itaboard.security.domain.ApiToken;

/** A token just created, with its secret: the only time the secret exists outside the caller's script. */
public record CreatedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + token.getPrefix() + "…]";
    }
}
