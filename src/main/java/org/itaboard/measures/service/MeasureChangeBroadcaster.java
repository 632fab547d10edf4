package org.itaboard.measures.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells whoever subscribed (open dashboards) that a measure changed, after the change has committed. Subscribers
 * are called on a thread of their own, never on the saving request's thread, so a screen that refreshes itself
 * (with {@code UI.access}) neither delays the save nor touches another user's session from it. Subscribers must
 * cancel their {@link Subscription} when they go away (a view on detach), or they would be kept forever.
 */
@Component
public class MeasureChangeBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MeasureChangeBroadcaster.class);

    /** A subscriber's handle; {@link #cancel()} stops the calls and releases the subscriber. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final List<Consumer<MeasureChanged>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "measure-changes");
        thread.setDaemon(true);
        return thread;
    });

    public Subscription subscribe(Consumer<MeasureChanged> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MeasureChanged change) {
        for (Consumer<MeasureChanged> subscriber : subscribers) {
            delivery.execute(() -> {
                try {
                    subscriber.accept(change);
                } catch (RuntimeException e) {
                    log.warn("A subscriber failed on {}", change, e);
                }
            });
        }
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
