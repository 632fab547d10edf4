package org.itaboard.meetings.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.itaboard.base.domain.BuddhistDates;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.Attendee;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingTask;

/**
 * A closed (or running) meeting's minutes as a Word document in the layout Thai government offices use (ระเบียบ
 * สำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ): title, number, day, place, who came and who did not, the opening time, each
 * ระเบียบวาระ with its subjects, resolutions and tasks, the closing time, and the recorder's and checker's signatures.
 * Text is in TH Sarabun New 16 pt, the offices' official font; where it is not installed Word substitutes the
 * document's default font, Tahoma, which every Windows has and which has the Thai glyphs.
 */
final class MinutesDocument {

    static final String FONT = "TH Sarabun New";
    static final String FALLBACK_FONT = "Tahoma";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int SIZE = 16;

    private static final Map<AgendaSection, String> SECTIONS = Map.of(
            AgendaSection.FOLLOW_UP, "เรื่องสืบเนื่องจากการประชุมครั้งก่อน",
            AgendaSection.CONSIDERATION, "เรื่องเพื่อพิจารณา",
            AgendaSection.INFORMATION, "เรื่องเพื่อทราบ",
            AgendaSection.OTHER, "เรื่องอื่น ๆ");
    private static final List<String> WEEKDAYS = List.of("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์");

    private final Meeting meeting;
    private final boolean thaiDigits;
    private XWPFDocument document;

    MinutesDocument(Meeting meeting, boolean thaiDigits) {
        this.meeting = meeting;
        this.thaiDigits = thaiDigits;
    }

    static String fileName(Meeting m) {
        return "minutes-" + m.getNumber() + "-" + BuddhistDates.toBe(m.getCalendarYear()) + ".docx";
    }

    byte[] write() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document = doc;
            CTFonts fallback = CTFonts.Factory.newInstance();
            fallback.setAscii(FALLBACK_FONT);
            fallback.setHAnsi(FALLBACK_FONT);
            fallback.setCs(FALLBACK_FONT);
            fallback.setEastAsia(FALLBACK_FONT);
            doc.createStyles().setDefaultFonts(fallback);
            centred("รายงานการประชุม" + meeting.getTitle(), true);
            centred("ครั้งที่ " + meeting.numberLabel(), true);
            centred("วัน" + WEEKDAYS.get(meeting.getDate().getDayOfWeek().getValue() - 1) + "ที่ "
                    + BuddhistDates.formatLong(meeting.getDate()).replaceFirst(" (\\d{4})$", " พ.ศ. $1") + " เวลา "
                    + time(meeting.getStartTime()) + " น.", false);
            centred("ณ " + meeting.getRoom(), false);
            centred("--------------------------------", false);
            List<Attendee> present = meeting.getAttendees().stream().filter(Attendee::isPresent).toList();
            List<Attendee> absent = meeting.getAttendees().stream().filter(a -> !a.isPresent()).toList();
            heading("ผู้มาประชุม");
            people(present, false);
            heading("ผู้ไม่มาประชุม");
            people(absent, true);
            heading("เริ่มประชุมเวลา " + time(meeting.getStartedAt() != null ? meeting.getStartedAt() : meeting.getStartTime()) + " น.");
            if (meeting.getChair() != null) {
                paragraph("\t" + meeting.getChair() + " ประธานในที่ประชุม กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้", 0);
            }
            int number = 0;
            for (AgendaSection section : AgendaSection.values()) {
                number++;
                heading("ระเบียบวาระที่ " + number + " " + SECTIONS.get(section));
                List<AgendaEntry> entries = meeting.agenda().stream().filter(e -> e.getSection() == section).toList();
                if (entries.isEmpty()) {
                    paragraph("\t- ไม่มี -", 0);
                }
                int sub = 0;
                for (AgendaEntry e : entries) {
                    sub++;
                    bold(number + "." + sub + " " + e.getTitle(), 1);
                    if (e.getDetail() != null) {
                        paragraph(e.getDetail(), 2);
                    }
                    XWPFParagraph resolution = indented(2);
                    run(resolution, "มติที่ประชุม ", true);
                    run(resolution, e.getResolution() == null ? "รับทราบ" : e.getResolution(), false);
                    for (MeetingTask t : e.getTasks()) {
                        paragraph("มอบหมาย " + t.getDivision().getNameTh() + ": " + t.getDescription()
                                + (t.getDueDate() == null ? "" : " กำหนดแล้วเสร็จ " + BuddhistDates.formatLong(t.getDueDate())), 3);
                    }
                }
            }
            heading("เลิกประชุมเวลา " + (meeting.getEndedAt() == null ? "..........." : time(meeting.getEndedAt())) + " น.");
            signature(meeting.getRecorder(), "ผู้จดรายงานการประชุม");
            signature(meeting.getChecker(), "ผู้ตรวจรายงานการประชุม");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void people(List<Attendee> people, boolean withReason) {
        if (people.isEmpty()) {
            paragraph("\t- ไม่มี -", 0);
        }
        for (int i = 0; i < people.size(); i++) {
            Attendee a = people.get(i);
            String line = (i + 1) + ". " + a.getName() + (a.getRoleTitle() == null ? "" : "\t" + a.getRoleTitle());
            if (withReason && a.getAbsenceReason() != null) {
                line += " (" + a.getAbsenceReason() + ")";
            }
            paragraph(line, 1);
        }
    }

    private void signature(String name, String role) {
        paragraph("", 0);
        XWPFParagraph signed = document.createParagraph();
        signed.setAlignment(ParagraphAlignment.RIGHT);
        run(signed, "(ลงชื่อ) .................................... " + role, false);
        XWPFParagraph printed = document.createParagraph();
        printed.setAlignment(ParagraphAlignment.RIGHT);
        run(printed, "(" + (name == null ? "...................................." : name) + ")\t\t\t", false);
    }

    private void centred(String text, boolean bold) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold);
    }

    private void heading(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setSpacingBefore(120);
        run(p, text, true);
    }

    private void bold(String text, int level) {
        run(indented(level), text, true);
    }

    private void paragraph(String text, int level) {
        run(indented(level), text, false);
    }

    private XWPFParagraph indented(int level) {
        XWPFParagraph p = document.createParagraph();
        p.setIndentationLeft(level * 720);
        return p;
    }

    private void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(SIZE);
        if (bold) {
            r.setBold(true);
            r.getCTR().getRPr().addNewBCs();
        }
        String shown = thaiDigits ? ThaiDigits.toThai(text) : text;
        String[] parts = shown.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addTab();
            }
            r.setText(parts[i], i);
        }
    }

    private static String time(LocalTime t) {
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }
}
