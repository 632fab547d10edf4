-- A saved projection scenario can be an agenda entry: the meeting-room screen shows what it gives (ITA, tools, grade).
-- Deleting the scenario leaves the entry (and its resolution) with its title; the screen then shows no projection.
alter table agenda_entry add column scenario_id bigint references projection_scenario (id) on delete set null;
