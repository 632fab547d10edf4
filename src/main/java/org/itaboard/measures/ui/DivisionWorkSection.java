package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Work another feature adds to a division head's "งานของฝ่าย" page below the division's measures, such as the tasks
 * the executive meeting gave the division. Implement it as a Spring bean (use {@code @Order} to place it); it is asked
 * for fresh components each time the page opens, so it must not keep components itself.
 */
public interface DivisionWorkSection {

    /** The components for the signed-in head's division; none when there is nothing to show. */
    List<Component> components();
}
