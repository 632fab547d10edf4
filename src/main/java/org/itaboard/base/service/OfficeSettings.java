package org.itaboard.base.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The office this installation serves; set with ITABOARD_OFFICE_NAME. */
@Component
public class OfficeSettings {

    private final String officeName;

    OfficeSettings(@Value("${itaboard.office-name:สำนักงานเขตตัวอย่าง (ข้อมูลสาธิต)}") String officeName) {
        this.officeName = officeName;
    }

    public String officeName() {
        return officeName;
    }
}
