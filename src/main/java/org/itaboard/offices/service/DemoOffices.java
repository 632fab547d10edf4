package org.itaboard.offices.service;

/**
 * The codes of the demo offices (README.md): the first office, which migration V6 creates, is Wang
 * Thonglang in the one-command start; the demo adds Nong Chok and Khan Na Yao, each with its own reports.
 */
public final class DemoOffices {

    public static final String NONG_CHOK = "nongchok";
    public static final String KHAN_NA_YAO = "khannayao";

    private DemoOffices() {
    }
}
