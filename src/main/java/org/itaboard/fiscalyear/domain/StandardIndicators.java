package org.itaboard.fiscalyear.domain;

import java.util.Map;

/**
 * The names the NACC gives indicators 1–10 and the OIT sub-indicators (as printed in the FY 2565 report).
 * A catalogue file lists only items, so a year whose catalogue is imported takes its indicator names from
 * here unless the year already named them.
 */
public final class StandardIndicators {

    /** Number or sub-indicator code → {Thai, English}. */
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("1", new String[] {"การปฏิบัติหน้าที่", "Performance of duties"}),
            Map.entry("2", new String[] {"การใช้งบประมาณ", "Use of budget"}),
            Map.entry("3", new String[] {"การใช้อำนาจ", "Use of authority"}),
            Map.entry("4", new String[] {"การใช้ทรัพย์สินของราชการ", "Use of government property"}),
            Map.entry("5", new String[] {"การแก้ไขปัญหาการทุจริต", "Solving corruption problems"}),
            Map.entry("6", new String[] {"คุณภาพการดำเนินงาน", "Quality of operations"}),
            Map.entry("7", new String[] {"ประสิทธิภาพการสื่อสาร", "Communication effectiveness"}),
            Map.entry("8", new String[] {"การปรับปรุงระบบการทำงาน", "Improvement of work systems"}),
            Map.entry("9", new String[] {"การเปิดเผยข้อมูล", "Information disclosure"}),
            Map.entry("10", new String[] {"การป้องกันการทุจริต", "Corruption prevention"}),
            Map.entry("9.1", new String[] {"ข้อมูลพื้นฐาน", "Basic information"}),
            Map.entry("9.2", new String[] {"การบริหารงาน", "Administration"}),
            Map.entry("9.3", new String[] {"การบริหารเงินงบประมาณ", "Budget management"}),
            Map.entry("9.4", new String[] {"การบริหารและพัฒนาทรัพยากรบุคคล", "HR management and development"}),
            Map.entry("9.5", new String[] {"การส่งเสริมความโปร่งใส", "Promoting transparency"}),
            Map.entry("10.1", new String[] {"การดำเนินการเพื่อป้องกันการทุจริต", "Actions to prevent corruption"}),
            Map.entry("10.2", new String[] {"มาตรการภายในเพื่อป้องกันการทุจริต", "Internal prevention measures"}));

    private StandardIndicators() {
    }

    /** Thai name of an indicator ("9") or sub-indicator ("9.1"); the code itself when the NACC names none. */
    public static String nameTh(String code) {
        String[] names = NAMES.get(code);
        return names == null ? code : names[0];
    }

    /** English name, or null when the NACC names none. */
    public static String nameEn(String code) {
        String[] names = NAMES.get(code);
        return names == null ? null : names[1];
    }
}
