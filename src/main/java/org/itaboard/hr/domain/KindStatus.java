package org.itaboard.hr.domain;

import java.util.List;
import java.util.Optional;

/** One required document in a fiscal year: the version in force (if any) and what is still wanting. */
public record KindStatus(DocumentKind kind, Optional<HrVersion> inForce, List<Gap> gaps) {

    public boolean complete() {
        return gaps.isEmpty();
    }
}
