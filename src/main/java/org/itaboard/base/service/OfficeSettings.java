package org.itaboard.base.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's name on the login page and for users of no office (the BMA's analysts, the system
 * administrator); set with ITABOARD_OFFICE_NAME, which also names the first office (migration V6).
 */
@Component
public class OfficeSettings {

    private final String officeName;

    OfficeSettings(@Value("${itaboard.office-name:สำนักงานเขต กรุงเทพมหานคร}") String officeName) {
        this.officeName = officeName;
    }

    public String officeName() {
        return officeName;
    }
}
