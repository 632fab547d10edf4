package org.itaboard.measures.domain;

/** A document file, a web link, or a photo (which also gets a thumbnail). */
public enum EvidenceKind {
    FILE,
    LINK,
    PHOTO
}
