package org.itaboard.oit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.Item;

/**
 * What the office does to disclose one OIT item of a year: the division responsible, the parts the item must
 * contain, the URLs given to the assessors, how far it has come and what the assessors said. An item of the
 * catalogue without a stored checklist item has not been started.
 */
@Entity
@Table(name = "oit_checklist_item")
public class ChecklistItem extends AbstractEntity {

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "division_id")
    private Division division;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisclosureStatus status = DisclosureStatus.NOT_STARTED;

    @Column(name = "assessor_feedback")
    private String assessorFeedback;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oit_required_part", joinColumns = @JoinColumn(name = "checklist_item_id"))
    @OrderColumn(name = "position")
    private List<RequiredPart> parts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oit_evidence_url", joinColumns = @JoinColumn(name = "checklist_item_id"))
    @OrderColumn(name = "position")
    private List<EvidenceUrl> urls = new ArrayList<>();

    protected ChecklistItem() {
    }

    public ChecklistItem(Item item) {
        this.item = item;
    }

    public Item getItem() {
        return item;
    }

    public Division getDivision() {
        return division;
    }

    public void setDivision(Division division) {
        this.division = division;
    }

    public DisclosureStatus getStatus() {
        return status;
    }

    public void setStatus(DisclosureStatus status) {
        this.status = status;
    }

    public String getAssessorFeedback() {
        return assessorFeedback;
    }

    public void setAssessorFeedback(String assessorFeedback) {
        this.assessorFeedback = assessorFeedback;
    }

    public List<RequiredPart> getParts() {
        return List.copyOf(parts);
    }

    public void setParts(List<RequiredPart> parts) {
        this.parts.clear();
        this.parts.addAll(parts);
    }

    public List<EvidenceUrl> getUrls() {
        return List.copyOf(urls);
    }

    /** The addresses in the order given; an address given before keeps its last check result. */
    public void setUrls(List<String> addresses) {
        List<EvidenceUrl> kept = new ArrayList<>();
        for (String address : addresses) {
            kept.add(urls.stream().filter(u -> u.getUrl().equals(address)).findFirst().orElseGet(() -> new EvidenceUrl(address)));
        }
        urls.clear();
        urls.addAll(kept);
    }

    /** The URL entries themselves, for recording check results. */
    public List<EvidenceUrl> urlEntries() {
        return urls;
    }

    public List<String> addresses() {
        return urls.stream().map(EvidenceUrl::getUrl).toList();
    }

    /** What the item still lacks: a division, a URL, parts not done. */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (division == null) {
            missing.add(Missing.NO_DIVISION);
        }
        if (urls.isEmpty()) {
            missing.add(Missing.NO_URL);
        }
        if (parts.stream().anyMatch(p -> !p.isDone())) {
            missing.add(Missing.PARTS_NOT_DONE);
        }
        return missing;
    }

    /** The names of the parts not done yet. */
    public List<String> partsNotDone() {
        return parts.stream().filter(p -> !p.isDone()).map(RequiredPart::getName).toList();
    }
}
