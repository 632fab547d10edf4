package org.itaboard.reports.service;

/**
 * The Thai font the reports are set in: TH Sarabun New, the government's standard, named on every run for Latin and
 * complex-script text alike. Where it is not installed, Word and LibreOffice substitute by the text's language
 * (fontconfig names a Thai font, such as the TLWG fonts, for LibreOffice's PDF), so Thai never turns to boxes.
 */
final class ReportFont {

    static final String NAME = "TH Sarabun New";

    private ReportFont() {
    }
}
