package org.itaboard.security.domain;

/** What an API token may do: read only (GET and HEAD), or whatever its user's roles allow. */
public enum ApiTokenScope {
    READ_ONLY,
    READ_WRITE
}
