package org.itaboard.meetings.service;

import java.util.List;

/**
 * Where agenda entries come from. Each implementation is a Spring bean that reads one kind of subject from the data
 * (late measures, weak items, open tasks, ...); the meetings service asks every source, in their {@code @Order}, when
 * the coordinator prepares or refreshes a meeting. A later feature adds its subjects (personnel criteria awaiting
 * approval, OIT items not yet published) by implementing this interface in its own package, without meetings
 * knowing it. A source reads a whole year in a few aggregate queries, never one query per measure.
 */
public interface AgendaSource {

    /** The subjects the meeting should discuss, in the order the source would present them. */
    List<AgendaProposal> proposals(AgendaContext context);
}
