package org.itaboard.oit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One part an item's disclosure must contain, e.g. "ปัญหาอุปสรรค" of a yearly report, and whether it is there. */
@Embeddable
public class RequiredPart {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean done;

    protected RequiredPart() {
    }

    public RequiredPart(String name, boolean done) {
        this.name = name;
        this.done = done;
    }

    public String getName() {
        return name;
    }

    public boolean isDone() {
        return done;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequiredPart other && done == other.done && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, done);
    }

    @Override
    public String toString() {
        return (done ? "[x] " : "[ ] ") + name;
    }
}
