package org.itaboard.fiscalyear.domain;

/** The three assessment tools; each item code starts with the tool's prefix letter. */
public enum Tool {
    /** Internal stakeholders: survey of the office's own staff. */
    IIT("I"),
    /** External stakeholders: survey of citizens and firms served. */
    EIT("E"),
    /** Open data: checklist of what the office discloses on its website. */
    OIT("O");

    private final String prefix;

    Tool(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Tool for a canonical item prefix letter (I, E, O). */
    public static Tool ofPrefix(String prefix) {
        for (Tool tool : values()) {
            if (tool.prefix.equals(prefix)) {
                return tool;
            }
        }
        throw new IllegalArgumentException("No tool has the prefix \"" + prefix + "\"");
    }

    /**
     * The fixed ten-indicator structure (1–5 IIT, 6–8 EIT, 9–10 OIT); used only for indicators that appear
     * in a report without any of their items.
     */
    public static Tool ofIndicator(int indicator) {
        if (indicator >= 1 && indicator <= 5) {
            return IIT;
        }
        if (indicator >= 6 && indicator <= 8) {
            return EIT;
        }
        if (indicator == 9 || indicator == 10) {
            return OIT;
        }
        throw new IllegalArgumentException("There is no indicator " + indicator + " (indicators are 1–10)");
    }
}
