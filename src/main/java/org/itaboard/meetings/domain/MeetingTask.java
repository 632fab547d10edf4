package org.itaboard.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.division.domain.Division;
import org.itaboard.measures.domain.EvidenceFile;

/**
 * Work a meeting gave a division under one agenda entry: the division answers (text, a link or a file) and marks it
 * done; the coordinator or an executive closes it or returns it with a note. Until closed it is on every next agenda.
 */
@Entity
@Table(name = "meeting_task")
public class MeetingTask extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", updatable = false)
    private AgendaEntry entry;

    @Column(nullable = false)
    private String description;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "division_id")
    private Division division;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status = TaskStatus.OPEN;

    private String answer;

    @Column(name = "answer_link")
    private String answerLink;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_file_id")
    private EvidenceFile answerFile;

    @Column(name = "answer_file_name")
    private String answerFileName;

    @Column(name = "answer_file_type")
    private String answerFileType;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "return_note")
    private String returnNote;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected MeetingTask() {
    }

    public MeetingTask(AgendaEntry entry, String description, Division division, LocalDate dueDate) {
        this.entry = entry;
        this.description = description;
        this.division = division;
        this.dueDate = dueDate;
    }

    public void answer(String text, String link, EvidenceFile file, String fileName, String fileType, String by, Instant at) {
        this.answer = text;
        this.answerLink = link;
        if (file != null) {
            this.answerFile = file;
            this.answerFileName = fileName;
            this.answerFileType = fileType;
        }
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = TaskStatus.ANSWERED;
    }

    public void close(String by, Instant at) {
        this.closedBy = by;
        this.closedAt = at;
        this.status = TaskStatus.CLOSED;
    }

    /** Back to the division with what is missing; the answer stays for them to complete. */
    public void giveBack(String note) {
        this.returnNote = note;
        this.status = TaskStatus.OPEN;
    }

    public AgendaEntry getEntry() {
        return entry;
    }

    public String getDescription() {
        return description;
    }

    public Division getDivision() {
        return division;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnswerLink() {
        return answerLink;
    }

    public EvidenceFile getAnswerFile() {
        return answerFile;
    }

    public boolean hasAnswerFile() {
        return answerFileName != null;
    }

    public String getAnswerFileName() {
        return answerFileName;
    }

    public String getAnswerFileType() {
        return answerFileType;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
