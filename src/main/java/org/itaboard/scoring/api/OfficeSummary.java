package org.itaboard.scoring.api;

import org.itaboard.offices.domain.Office;

/** An office as the API lists it: its URL code and names. */
record OfficeSummary(String code, String nameTh, String nameEn) {

    static OfficeSummary of(Office office) {
        return new OfficeSummary(office.getCode(), office.getNameTh(), office.getNameEn());
    }
}
