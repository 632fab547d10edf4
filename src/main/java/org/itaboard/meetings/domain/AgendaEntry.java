package org.itaboard.meetings.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.AbstractEntity;

/**
 * One subject on a meeting's agenda: drawn from the data (its {@code subjectKey} names what it is about, so a refresh
 * keeps the coordinator's order and drops) or typed in (no key). It carries the meeting's resolution and its tasks.
 */
@Entity
@Table(name = "agenda_entry")
public class AgendaEntry extends AbstractEntity {

    /** The topic of an entry the coordinator typed in. */
    public static final String FREE_TEXT = "free";
    /** The topic of a saved projection scenario the coordinator put on the agenda (kept by every refresh, as typed). */
    public static final String SCENARIO = "scenario";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgendaSection section;

    @Column(nullable = false)
    private String topic;

    @Column(name = "subject_key")
    private String subjectKey;

    @Column(nullable = false)
    private String title;

    private String detail;

    private String link;

    @Column(name = "measure_id")
    private Long measureId;

    @Column(name = "item_code")
    private String itemCode;

    /** A saved projection scenario shown with this entry (an entry the coordinator added), or none. */
    @Column(name = "scenario_id")
    private Long scenarioId;

    private boolean dropped;

    private String resolution;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingTask> tasks = new ArrayList<>();

    protected AgendaEntry() {
    }

    public AgendaEntry(Meeting meeting, int position, AgendaSection section, String topic, String subjectKey, String title,
            String detail, String link, Long measureId, String itemCode) {
        this.meeting = meeting;
        this.position = position;
        this.section = section;
        this.topic = topic;
        this.subjectKey = subjectKey;
        this.title = title;
        this.detail = detail;
        this.link = link;
        this.measureId = measureId;
        this.itemCode = itemCode;
    }

    /** Typed in by the coordinator: kept by every refresh. */
    public boolean isFreeText() {
        return subjectKey == null;
    }

    /** Takes the data's current wording for the same subject. */
    public void refreshFrom(String title, String detail, String link) {
        this.title = title;
        this.detail = detail;
        this.link = link;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public AgendaSection getSection() {
        return section;
    }

    public String getTopic() {
        return topic;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getLink() {
        return link;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public Long getScenarioId() {
        return scenarioId;
    }

    public void setScenarioId(Long scenarioId) {
        this.scenarioId = scenarioId;
    }

    public boolean isDropped() {
        return dropped;
    }

    public void setDropped(boolean dropped) {
        this.dropped = dropped;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public List<MeetingTask> getTasks() {
        return tasks;
    }
}
