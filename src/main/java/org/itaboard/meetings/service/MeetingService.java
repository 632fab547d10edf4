package org.itaboard.meetings.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.service.CurrentUsername;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.meetings.domain.AgendaDataRepository;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.AgendaEntryRepository;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.Attendee;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.domain.MeetingRepository;
import org.itaboard.meetings.domain.MeetingSettings;
import org.itaboard.meetings.domain.MeetingSettingsRepository;
import org.itaboard.meetings.domain.MeetingStatus;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.domain.MeetingTaskRepository;
import org.itaboard.meetings.domain.TaskStatus;
import org.itaboard.measures.domain.EvidenceFile;
import org.itaboard.measures.domain.EvidenceFileRepository;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.EvidenceDownload;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.service.FileTypes;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.service.EvidenceUpload;
import org.itaboard.offices.domain.Office;
import org.itaboard.projection.service.ProjectionService;
import org.itaboard.projection.service.SavedScenario;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.service.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly executive meeting: the coordinator prepares it (date, room and people from the office's settings, the
 * agenda from the data), records resolutions and tasks during it and closes it; executives read it and close or
 * return the tasks; a division head answers their own division's tasks. Every call checks the role and the office.
 */
@Service
public class MeetingService {

    public static final String ENTITY = "Meeting";
    static final String COORDINATOR = "hasRole('COORDINATOR')";
    static final String SETTINGS_WRITERS = "hasAnyRole('COORDINATOR','ADMIN')";
    static final String TASK_DECIDERS = "hasAnyRole('COORDINATOR','EXECUTIVE')";

    private final MeetingRepository meetings;
    private final AgendaEntryRepository entries;
    private final MeetingTaskRepository tasks;
    private final MeetingSettingsRepository settings;
    private final AgendaDataRepository data;
    private final List<AgendaSource> sources;
    private final FiscalYearService fiscalYears;
    private final MeasureService measures;
    private final EvidenceService evidence;
    private final EvidenceFileRepository files;
    private final FileTypes fileTypes;
    private final AppUserRepository users;
    private final OfficeAccess offices;
    private final CurrentUser currentUser;
    private final CurrentUsername username;
    private final AuditService audit;
    private final ProjectionService projections;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, AgendaEntryRepository entries, MeetingTaskRepository tasks,
            MeetingSettingsRepository settings, AgendaDataRepository data, List<AgendaSource> sources,
            FiscalYearService fiscalYears, MeasureService measures, EvidenceService evidence, EvidenceFileRepository files,
            FileTypes fileTypes, AppUserRepository users, OfficeAccess offices, CurrentUser currentUser,
            CurrentUsername username, AuditService audit, ProjectionService projections, Clock clock) {
        this.meetings = meetings;
        this.entries = entries;
        this.tasks = tasks;
        this.settings = settings;
        this.data = data;
        this.sources = sources;
        this.fiscalYears = fiscalYears;
        this.measures = measures;
        this.evidence = evidence;
        this.files = files;
        this.fileTypes = fileTypes;
        this.users = users;
        this.offices = offices;
        this.currentUser = currentUser;
        this.username = username;
        this.audit = audit;
        this.projections = projections;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The application's time zone, for showing the history's instants as the office's clock times. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    /** The office's schedule, or the usual one (Tuesdays 13:30) until someone saves it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeetingSettings settings(Office office) {
        offices.requireRead(office);
        return settings.findByOffice(office).orElseGet(() -> MeetingSettings.defaults(office));
    }

    @Transactional
    @PreAuthorize(SETTINGS_WRITERS)
    public MeetingSettings saveSettings(Office office, String title, java.time.DayOfWeek weekday, LocalTime time, String room,
            boolean thaiDigits) {
        offices.requireWrite(office);
        if (weekday == null || time == null || blank(room) || blank(title)) {
            throw new BusinessRuleException("meetings.error.settings");
        }
        MeetingSettings s = settings.findByOffice(office).orElseGet(() -> MeetingSettings.defaults(office));
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "title", s.getTitle(), title.trim());
        FieldChange.collect(changes, "weekday", s.getWeekday(), weekday);
        FieldChange.collect(changes, "time", s.getStartTime(), time);
        FieldChange.collect(changes, "room", s.getRoom(), room.trim());
        FieldChange.collect(changes, "thaiDigits", s.isThaiDigits(), thaiDigits);
        s.setTitle(title.trim());
        s.setWeekday(weekday);
        s.setStartTime(time);
        s.setRoom(room.trim());
        s.setThaiDigits(thaiDigits);
        MeetingSettings saved = settings.saveAndFlush(s);
        audit.record("MeetingSettings", saved.getId(), "updated", changes);
        return saved;
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** The office's meetings, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> meetings(Office office) {
        offices.requireRead(office);
        return meetings.findByOfficeOrderByDateDescNumberDesc(office);
    }

    /** The first meeting not yet closed from today on: the one the dashboard links to. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Meeting> next(Office office) {
        offices.requireRead(office);
        return meetings.findFirstByOfficeAndStatusNotAndDateGreaterThanEqualOrderByDateAscNumberAsc(office,
                MeetingStatus.CLOSED, today()).map(this::loaded);
    }

    /** The meeting with its people, agenda and tasks. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Meeting get(Long id) {
        return loaded(readable(id));
    }

    /** The meeting before this one, if any: what "since the previous meeting" is counted from. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Meeting> previous(Meeting meeting) {
        Meeting m = readable(meeting.getId());
        return meetings.findFirstByOfficeAndDateBeforeOrderByDateDescNumberDesc(m.getOffice(), m.getDate());
    }

    /** What the meeting room shows with an entry: the measure's progress and photo, or the item's score history. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EntryLive live(Long entryId) {
        AgendaEntry entry = entries.withMeeting(entryId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        offices.requireRead(entry.getMeeting().getOffice());
        Hibernate.initialize(entry.getTasks());
        Optional<Measure> measure = Optional.ofNullable(entry.getMeasureId()).flatMap(id -> {
            try {
                return Optional.of(measures.get(id));
            } catch (BusinessRuleException gone) {
                return Optional.empty();
            }
        });
        return new EntryLive(entry, measure,
                measure.map(m -> measures.progress(m.getId()).stream().limit(3).toList()).orElse(List.of()),
                measure.flatMap(m -> data.latestPhoto(m.getId(), Limit.of(1)).stream().findFirst()),
                entry.getItemCode() == null ? List.of() : data.scoreHistory(entry.getMeeting().getOffice(), entry.getItemCode()),
                scenarioOf(entry));
    }

    /**
     * The entry's saved scenario with what it gives under the year's current scores, for those who may read
     * projections (executives, the coordinator, the BMA's analysts); none for others or once the scenario is deleted.
     */
    private Optional<SavedScenario> scenarioOf(AgendaEntry entry) {
        if (entry.getScenarioId() == null || !projections.mayProject(entry.getMeeting().getOffice())) {
            return Optional.empty();
        }
        try {
            return Optional.of(projections.scenario(entry.getScenarioId()));
        } catch (BusinessRuleException | AccessDeniedException gone) {
            return Optional.empty();
        }
    }

    /**
     * The saved projection scenarios the coordinator may put on the meeting's agenda: the office's, of any year (the
     * executives project the year last assessed while meeting in the current one), newest year first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(COORDINATOR)
    public List<SavedScenario> scenarios(Long meetingId) {
        Meeting m = writable(meetingId);
        List<FiscalYear> years = new ArrayList<>(fiscalYears.findAll(m.getOffice()));
        java.util.Collections.reverse(years);
        return years.stream().flatMap(y -> projections.scenarios(y).stream()).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<org.itaboard.base.domain.AuditEntry> history(Long id) {
        readable(id);
        return audit.history(ENTITY, id);
    }

    /** The tasks of the office's meetings still waiting to be closed, oldest meeting first (the dashboard). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingTask> pendingTasks(Office office) {
        offices.requireRead(office);
        return tasks.pending(office);
    }

    /** The office's task register: every task of its meetings, closed ones too, newest meeting first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingTask> tasks(Office office) {
        offices.requireRead(office);
        return tasks.ofOffice(office);
    }

    /** The signed-in head's division's tasks, newest meeting first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingTask> myDivisionTasks() {
        return currentUser.division().map(tasks::ofDivision).orElse(List.of());
    }

    /** Whether the signed-in user may answer the task: a head of the task's division. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayAnswer(MeetingTask task) {
        return offices.hasRole(Role.DIVISION_HEAD) && task.getStatus() == TaskStatus.OPEN
                && offices.mayWrite(task.getDivision().getOffice())
                && currentUser.division().map(d -> d.getId().equals(task.getDivision().getId())).orElse(false);
    }

    /** Whether the signed-in user may close or return the task: the coordinator or an executive of its office. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayDecide(MeetingTask task) {
        return (offices.hasRole(Role.COORDINATOR) || offices.hasRole(Role.EXECUTIVE)) && task.getStatus() != TaskStatus.CLOSED
                && offices.mayWrite(task.getDivision().getOffice());
    }

    /** Whether the signed-in user prepares and records the office's meetings. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRecord(Office office) {
        return offices.hasRole(Role.COORDINATOR) && offices.mayWrite(office);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EvidenceDownload answerFile(Long taskId) {
        MeetingTask t = task(taskId);
        offices.requireRead(t.getEntry().getMeeting().getOffice());
        if (!t.hasAnswerFile()) {
            throw new BusinessRuleException("error.notFound");
        }
        return new EvidenceDownload(t.getAnswerFileName(), t.getAnswerFileType(), t.getAnswerFile().getContent());
    }

    /**
     * The minutes as a Word document (bytes, file name, content type), with Thai numerals where the office chose them:
     * for anyone who may read the meeting's office, e.g. to file them as evidence elsewhere.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EvidenceDownload minutes(Long id) {
        Meeting m = get(id);
        boolean thaiDigits = settings(m.getOffice()).isThaiDigits();
        return new EvidenceDownload(MinutesDocument.fileName(m), MinutesDocument.CONTENT_TYPE,
                new MinutesDocument(m, thaiDigits).write());
    }

    /**
     * Files a closed meeting's minutes as evidence of a measure that was on its agenda (the coordinator, through the
     * measures' evidence rules: its own office, a measure still open).
     */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Evidence fileMinutes(Long meetingId, Long measureId) {
        Meeting m = loaded(writable(meetingId));
        if (!m.isClosed()) {
            throw new BusinessRuleException("meetings.error.minutesNotClosed");
        }
        if (m.agenda().stream().noneMatch(e -> measureId.equals(e.getMeasureId()))) {
            throw new BusinessRuleException("meetings.error.measureNotOnAgenda");
        }
        EvidenceDownload minutes = minutes(meetingId);
        String title = AgendaTexts.minutesTitle(m);
        Evidence filed = evidence.addFile(measureId, new EvidenceUpload(title, minutes.fileName(), minutes.content(), m.getDate(), null));
        audit.record(ENTITY, meetingId, "minutesFiled", List.of(FieldChange.of("evidence", null, title + " → " + measureId)));
        return filed;
    }

    // ---- preparing -------------------------------------------------------------------------------------------------

    /**
     * Prepares the next meeting: the first meeting day from today on without a meeting, at the office's time and
     * room, numbered within its calendar year, with the office's executives, coordinator and division heads invited
     * and the agenda drawn from the current fiscal year.
     */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting prepare(Office office) {
        offices.requireWrite(office);
        LocalDate date = settings(office).nextMeetingDay(today());
        while (meetings.existsByOfficeAndDate(office, date)) {
            date = date.plusWeeks(1);
        }
        return prepare(office, date);
    }

    /** Prepares a meeting on a chosen day (an extra meeting, or one held before the office used the board). */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting prepare(Office office, LocalDate date) {
        offices.requireWrite(office);
        if (meetings.existsByOfficeAndDate(office, date)) {
            throw new BusinessRuleException("meetings.error.sameDay");
        }
        // The agenda follows the fiscal year the meeting falls in, or today's work year while that is not set up yet.
        FiscalYear year = fiscalYears.find(office, BuddhistDates.fiscalYearOf(date))
                .or(() -> fiscalYears.inView(office, null, YearPurpose.WORK).year())
                .orElseThrow(() -> new BusinessRuleException("meetings.error.noYear"));
        MeetingSettings s = settings(office);
        Meeting m = new Meeting(office, year, meetings.lastNumber(office, date.getYear()) + 1, s.getTitle(), date,
                s.getStartTime(), s.getRoom());
        List<AppUser> invited = users.findByOfficeOrderByFullNameAsc(office).stream().filter(AppUser::isEnabled)
                .filter(u -> u.hasRole(Role.EXECUTIVE) || u.hasRole(Role.COORDINATOR) || u.hasRole(Role.DIVISION_HEAD))
                .sorted(Comparator.comparingInt(MeetingService::seniority).thenComparing(AppUser::getFullName))
                .toList();
        m.setAttendees(invited.stream().map(u -> new Attendee(u.getId(), u.getFullName(), u.getPositionTitle(), true, null)).toList());
        invited.stream().filter(u -> u.hasRole(Role.EXECUTIVE)).findFirst().ifPresent(u -> m.setChair(u.getFullName()));
        currentUser.get().ifPresent(u -> m.setRecorder(u.getFullName()));
        invited.stream().filter(u -> u.hasRole(Role.EXECUTIVE)).skip(1).findFirst()
                .or(() -> invited.stream().filter(u -> u.hasRole(Role.EXECUTIVE)).findFirst())
                .ifPresent(u -> m.setChecker(u.getFullName()));
        Meeting saved = meetings.save(m);
        drawAgenda(saved);
        meetings.flush();
        audit.record(ENTITY, saved.getId(), "prepared", List.of(FieldChange.of("number", null, saved.numberLabel()),
                FieldChange.of("date", null, saved.getDate())));
        return loaded(saved);
    }

    /** Draws the agenda again from today's data, keeping the coordinator's order, drops and typed entries. */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting refreshAgenda(Long id) {
        Meeting m = writable(id);
        if (m.getStatus() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException("meetings.error.started");
        }
        drawAgenda(m);
        return loaded(meetings.saveAndFlush(m));
    }

    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting updateDetails(Long id, MeetingDetails details) {
        Meeting m = open(writable(id));
        if (details.date() == null || details.startTime() == null || blank(details.room()) || blank(details.title())) {
            throw new BusinessRuleException("meetings.error.details");
        }
        if (details.attendees().stream().anyMatch(a -> blank(a.getName()))) {
            throw new BusinessRuleException("meetings.error.attendeeName");
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "date", m.getDate(), details.date());
        FieldChange.collect(changes, "time", m.getStartTime(), details.startTime());
        FieldChange.collect(changes, "room", m.getRoom(), details.room());
        FieldChange.collect(changes, "chair", m.getChair(), details.chair());
        if (!details.date().equals(m.getDate())) {
            if (meetings.existsByOfficeAndDate(m.getOffice(), details.date())) {
                throw new BusinessRuleException("meetings.error.sameDay");
            }
            int number = details.date().getYear() == m.getCalendarYear() ? m.getNumber()
                    : meetings.lastNumber(m.getOffice(), details.date().getYear()) + 1;
            m.reschedule(details.date(), details.startTime(), details.room().trim(), number);
        } else {
            m.reschedule(m.getDate(), details.startTime(), details.room().trim(), m.getNumber());
        }
        m.setTitle(details.title().trim());
        m.setChair(trimmed(details.chair()));
        m.setRecorder(trimmed(details.recorder()));
        m.setChecker(trimmed(details.checker()));
        m.setAttendees(details.attendees());
        Meeting saved = meetings.saveAndFlush(m);
        audit.record(ENTITY, id, "details", changes);
        return loaded(saved);
    }

    /** Moves an entry one place up ({@code -1}) or down ({@code +1}) within its section. */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting move(Long entryId, int step) {
        AgendaEntry entry = writableEntry(entryId);
        Meeting m = open(entry.getMeeting());
        List<AgendaEntry> section = m.getEntries().stream().filter(e -> e.getSection() == entry.getSection()).toList();
        int at = section.indexOf(entry);
        int to = at + Integer.signum(step);
        if (to >= 0 && to < section.size()) {
            AgendaEntry other = section.get(to);
            int position = other.getPosition();
            other.setPosition(entry.getPosition());
            entry.setPosition(position);
            m.renumber();
        }
        return loaded(meetings.saveAndFlush(m));
    }

    /** Takes an entry off the agenda (or puts it back); a refresh keeps it dropped. */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting drop(Long entryId, boolean dropped) {
        AgendaEntry entry = writableEntry(entryId);
        open(entry.getMeeting());
        if (dropped && (!entry.getTasks().isEmpty() || !blank(entry.getResolution()))) {
            throw new BusinessRuleException("meetings.error.dropDecided");
        }
        entry.setDropped(dropped);
        return loaded(meetings.saveAndFlush(entry.getMeeting()));
    }

    /** An entry the coordinator types in, at the end of its section. */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting addEntry(Long meetingId, AgendaSection section, String title, String detail) {
        Meeting m = open(writable(meetingId));
        if (blank(title) || section == null) {
            throw new BusinessRuleException("meetings.error.entryTitle");
        }
        m.add(new AgendaEntry(m, Integer.MAX_VALUE, section, AgendaEntry.FREE_TEXT, null, title.trim(), trimmed(detail),
                null, null, null));
        Meeting saved = meetings.saveAndFlush(m);
        audit.record(ENTITY, meetingId, "entryAdded", List.of(FieldChange.of("entry", null, title.trim())));
        return loaded(saved);
    }

    /**
     * A saved projection scenario of the meeting's office on the agenda, at the end of its section: the meeting-room
     * screen shows what it gives. Each scenario once per meeting.
     */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting addScenario(Long meetingId, AgendaSection section, Long scenarioId, String detail) {
        Meeting m = open(writable(meetingId));
        if (section == null || scenarioId == null) {
            throw new BusinessRuleException("meetings.error.entryTitle");
        }
        SavedScenario scenario = projections.scenario(scenarioId);
        if (!scenario.projection().year().getOffice().getId().equals(m.getOffice().getId())) {
            throw new AccessDeniedException("Scenario of another office");
        }
        if (m.getEntries().stream().anyMatch(e -> !e.isDropped() && scenarioId.equals(e.getScenarioId()))) {
            throw new BusinessRuleException("meetings.error.scenarioTwice", scenario.name());
        }
        String title = AgendaTexts.scenarioTitle(scenario.name(), scenario.projection().year().getBeYear());
        AgendaEntry entry = new AgendaEntry(m, Integer.MAX_VALUE, section, AgendaEntry.SCENARIO, null, title, trimmed(detail),
                "projection", null, null);
        entry.setScenarioId(scenarioId);
        m.add(entry);
        Meeting saved = meetings.saveAndFlush(m);
        audit.record(ENTITY, meetingId, "entryAdded", List.of(FieldChange.of("entry", null, title)));
        return loaded(saved);
    }

    // ---- during the meeting ----------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting start(Long id) {
        Meeting m = writable(id);
        if (m.getStatus() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException("meetings.error.started");
        }
        m.setStatus(MeetingStatus.IN_PROGRESS);
        m.setStartedAt(LocalTime.now(clock).withSecond(0).withNano(0));
        audit.record(ENTITY, id, "started", List.of(FieldChange.of("startedAt", null, m.getStartedAt())));
        return loaded(meetings.saveAndFlush(m));
    }

    /** The meeting's resolution (มติที่ประชุม) on an entry, while the meeting is open. */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public AgendaEntry resolve(Long entryId, String resolution) {
        AgendaEntry entry = writableEntry(entryId);
        open(entry.getMeeting());
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "resolution", entry.getResolution(), trimmed(resolution));
        entry.setResolution(trimmed(resolution));
        audit.record(ENTITY, entry.getMeeting().getId(), "resolution", changes);
        return entries.saveAndFlush(entry);
    }

    /** A task for a division of the meeting's office under an entry. */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public MeetingTask addTask(Long entryId, TaskInput input) {
        AgendaEntry entry = writableEntry(entryId);
        Meeting m = open(entry.getMeeting());
        if (blank(input.description())) {
            throw new BusinessRuleException("meetings.error.taskText");
        }
        if (input.division() == null) {
            throw new BusinessRuleException("meetings.error.taskDivision");
        }
        if (!input.division().getOffice().getId().equals(m.getOffice().getId())) {
            throw new AccessDeniedException("Division of another office");
        }
        if (input.dueDate() != null && input.dueDate().isBefore(m.getDate())) {
            throw new BusinessRuleException("meetings.error.taskDue");
        }
        MeetingTask task = tasks.saveAndFlush(new MeetingTask(entry, input.description().trim(), input.division(), input.dueDate()));
        entry.getTasks().add(task);
        audit.record(ENTITY, m.getId(), "taskAdded", List.of(FieldChange.of("task", null,
                task.getDescription() + " (" + task.getDivision().getNameTh() + ")")));
        return task;
    }

    /** Closes the meeting: its record is frozen from now on (corrections only with a reason). */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public Meeting close(Long id) {
        Meeting m = open(writable(id));
        if (m.getStartedAt() == null) {
            m.setStartedAt(m.getStartTime());
        }
        m.setStatus(MeetingStatus.CLOSED);
        m.setEndedAt(LocalTime.now(clock).withSecond(0).withNano(0));
        if (m.getEndedAt().isBefore(m.getStartedAt())) {
            m.setEndedAt(m.getStartedAt());
        }
        audit.record(ENTITY, id, "closed", List.of(FieldChange.of("endedAt", null, m.getEndedAt())));
        return loaded(meetings.saveAndFlush(m));
    }

    /** A correction to a closed meeting's resolution: only the coordinator, only with a reason, kept in the history. */
    @Transactional
    @PreAuthorize(COORDINATOR)
    public AgendaEntry correct(Long entryId, String resolution, String reason) {
        AgendaEntry entry = writableEntry(entryId);
        if (!entry.getMeeting().isClosed()) {
            throw new BusinessRuleException("meetings.error.notClosed");
        }
        if (blank(reason)) {
            throw new BusinessRuleException("meetings.error.reason");
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "resolution", entry.getResolution(), trimmed(resolution));
        changes.add(FieldChange.of("reason", null, reason.trim()));
        changes.add(FieldChange.of("entry", null, entry.getTitle()));
        entry.setResolution(trimmed(resolution));
        audit.record(ENTITY, entry.getMeeting().getId(), "corrected", changes);
        return entries.saveAndFlush(entry);
    }

    // ---- tasks after the meeting -----------------------------------------------------------------------------------

    /** The division's answer: what was done, maybe a link or a file; the task is then done, waiting to be closed. */
    @Transactional
    @PreAuthorize("hasRole('DIVISION_HEAD')")
    public MeetingTask answer(Long taskId, TaskAnswer answer) {
        MeetingTask t = task(taskId);
        offices.requireWrite(t.getEntry().getMeeting().getOffice());
        Division mine = currentUser.division().orElseThrow(() -> new AccessDeniedException("The user heads no division"));
        if (!mine.getId().equals(t.getDivision().getId())) {
            throw new AccessDeniedException("Task of another division");
        }
        if (t.getStatus() != TaskStatus.OPEN) {
            throw new BusinessRuleException("meetings.error.taskNotOpen");
        }
        if (blank(answer.text())) {
            throw new BusinessRuleException("meetings.error.answerText");
        }
        String link = blank(answer.link()) ? null : EvidenceService.checkedUrl(answer.link());
        EvidenceFile file = null;
        String type = null;
        if (answer.fileName() != null) {
            byte[] content = answer.fileContent();
            type = fileTypes.check(content, answer.fileName()).contentType();
            file = files.save(new EvidenceFile(content));
        }
        t.answer(answer.text().trim(), link, file, answer.fileName(), type, username.get(), clock.instant());
        audit.record(ENTITY, t.getEntry().getMeeting().getId(), "taskAnswered",
                List.of(FieldChange.of("task", t.getDescription(), t.getAnswer())));
        return tasks.saveAndFlush(t);
    }

    @Transactional
    @PreAuthorize(TASK_DECIDERS)
    public MeetingTask closeTask(Long taskId) {
        MeetingTask t = decidable(taskId);
        t.close(username.get(), clock.instant());
        audit.record(ENTITY, t.getEntry().getMeeting().getId(), "taskClosed", List.of(FieldChange.of("task", null, t.getDescription())));
        return tasks.saveAndFlush(t);
    }

    /** Gives the task back to its division with what is missing. */
    @Transactional
    @PreAuthorize(TASK_DECIDERS)
    public MeetingTask returnTask(Long taskId, String note) {
        MeetingTask t = decidable(taskId);
        if (blank(note)) {
            throw new BusinessRuleException("meetings.error.reason");
        }
        t.giveBack(note.trim());
        audit.record(ENTITY, t.getEntry().getMeeting().getId(), "taskReturned",
                List.of(FieldChange.of("task", t.getDescription(), note.trim())));
        return tasks.saveAndFlush(t);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Asks every source for its subjects and merges them into the agenda (see {@link #refreshAgenda}). */
    private void drawAgenda(Meeting m) {
        LocalDate since = meetings.findFirstByOfficeAndDateBeforeOrderByDateDescNumberDesc(m.getOffice(), m.getDate())
                .map(Meeting::getDate).orElse(m.getDate().minusWeeks(1));
        AgendaContext context = new AgendaContext(m.getOffice(), m.getFiscalYear(), m.getDate(), since,
                since.atStartOfDay(clock.getZone()).toInstant(), m.getDate().plusWeeks(1));
        Map<String, AgendaEntry> existing = new HashMap<>();
        m.getEntries().stream().filter(e -> !e.isFreeText()).forEach(e -> existing.put(e.getSubjectKey(), e));
        Set<String> proposed = new HashSet<>();
        int appended = 0;
        for (AgendaSource source : sources) {
            for (AgendaProposal p : source.proposals(context)) {
                if (!proposed.add(p.subjectKey())) {
                    continue;
                }
                AgendaEntry known = existing.get(p.subjectKey());
                if (known != null) {
                    known.refreshFrom(p.title(), p.detail(), p.link());
                } else {
                    m.getEntries().add(new AgendaEntry(m, 100_000 + appended++, p.section(), p.topic(), p.subjectKey(),
                            p.title(), p.detail(), p.link(), p.measureId(), p.itemCode()));
                }
            }
        }
        m.getEntries().removeIf(e -> !e.isFreeText() && !proposed.contains(e.getSubjectKey()) && e.getTasks().isEmpty()
                && blank(e.getResolution()));
        m.renumber();
        m.setAgendaBuiltAt(clock.instant());
    }

    /** The order of the attendance list: the director (who chairs), other executives, the coordinator, the heads. */
    private static int seniority(AppUser u) {
        if (u.hasRole(Role.EXECUTIVE)) {
            return u.getPositionTitle() != null && u.getPositionTitle().startsWith("ผู้อำนวยการ") ? 0 : 1;
        }
        return u.hasRole(Role.COORDINATOR) ? 2 : 3;
    }

    private Meeting loaded(Meeting m) {
        Hibernate.initialize(m.getAttendees());
        m.getEntries().forEach(e -> Hibernate.initialize(e.getTasks()));
        return m;
    }

    private Meeting readable(Long id) {
        Meeting m = meetings.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        offices.requireRead(m.getOffice());
        return m;
    }

    private Meeting writable(Long id) {
        Meeting m = meetings.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        offices.requireWrite(m.getOffice());
        return m;
    }

    private AgendaEntry writableEntry(Long entryId) {
        AgendaEntry e = entries.withMeeting(entryId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        offices.requireWrite(e.getMeeting().getOffice());
        return e;
    }

    private MeetingTask task(Long taskId) {
        return tasks.withMeeting(taskId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private MeetingTask decidable(Long taskId) {
        MeetingTask t = task(taskId);
        offices.requireWrite(t.getEntry().getMeeting().getOffice());
        if (t.getStatus() == TaskStatus.CLOSED) {
            throw new BusinessRuleException("meetings.error.taskClosed");
        }
        return t;
    }

    /** Refuses changes to a closed meeting: its record is frozen. */
    private static Meeting open(Meeting m) {
        if (m.isClosed()) {
            throw new BusinessRuleException("meetings.error.closed");
        }
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
