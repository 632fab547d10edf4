package org.itaboard.measures.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.service.OfficeAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The measure overview of every office that has an open dashboard (or meeting screen), kept live: when a measure of
 * an office changes, its overview is computed once and the same result handed to every screen of that office, instead
 * of each screen computing the whole year again on its own. Changes that arrive while a computation is still waiting
 * are folded into it. Works on a thread of its own, after the change has committed.
 */
@Component
public class LiveMeasureOverview implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveMeasureOverview.class);

    private record Followers(Office office, CopyOnWriteArrayList<Consumer<Optional<MeasureOverview>>> screens) {
    }

    private final MeasureService measures;
    private final OfficeAccess offices;
    private final Map<Long, Followers> followers = new ConcurrentHashMap<>();
    /** Offices whose overview is due to be computed again: a change that finds its office here adds nothing. */
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService work = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-measure-overview");
        thread.setDaemon(true);
        return thread;
    });

    LiveMeasureOverview(MeasureService measures, OfficeAccess offices, MeasureChangeBroadcaster changes) {
        this.measures = measures;
        this.offices = offices;
        changes.subscribe(change -> {
            if (followers.containsKey(change.officeId()) && waiting.add(change.officeId())) {
                work.execute(() -> recompute(change.officeId()));
            }
        });
    }

    /**
     * Hands {@code screen} the office's overview after every change of one of its measures. The caller must be
     * allowed to read the office; the overview is then computed once for all of the office's screens.
     */
    public MeasureChangeBroadcaster.Subscription follow(Office office, Consumer<Optional<MeasureOverview>> screen) {
        offices.requireRead(office);
        followers.compute(office.getId(), (id, f) -> {
            Followers of = f != null ? f : new Followers(office, new CopyOnWriteArrayList<>());
            of.screens().add(screen);
            return of;
        });
        return () -> followers.computeIfPresent(office.getId(), (id, f) -> {
            f.screens().remove(screen);
            return f.screens().isEmpty() ? null : f;
        });
    }

    private void recompute(Long officeId) {
        waiting.remove(officeId);
        Followers office = followers.get(officeId);
        if (office == null) {
            return;
        }
        AtomicReference<Optional<MeasureOverview>> overview = new AtomicReference<>();
        try {
            OfficeAccess.asSystemIn(office.office(), () -> overview.set(measures.overview(office.office())));
        } catch (RuntimeException e) {
            log.warn("The overview of office {} could not be computed after a change", officeId, e);
            return;
        }
        for (Consumer<Optional<MeasureOverview>> screen : office.screens()) {
            try {
                screen.accept(overview.get());
            } catch (RuntimeException e) {
                log.warn("A screen of office {} failed on its new overview", officeId, e);
            }
        }
    }

    @Override
    public void destroy() {
        work.shutdownNow();
    }
}
