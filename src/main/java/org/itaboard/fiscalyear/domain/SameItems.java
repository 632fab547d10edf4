package org.itaboard.fiscalyear.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * "The same item" across the years of one office: how a weak item finds the measures of later years that address
 * it. The catalogue changes every year and a code may come to mean something else (ITA-RULES.md: O28 was the HR
 * report in 2565 and the anti-corruption plan in 2566), so an item of year Y and an item of a year from Y on are the
 * same item when
 * <ul>
 * <li>they have the same code and the same Thai topic (trimmed, white space collapsed), or</li>
 * <li>the coordinator's crosswalk links them ({@link ItemCrosswalk}),</li>
 * </ul>
 * and sameness carries on from there: O28 of 2565 → O16 of 2567 by the crosswalk, O16 of 2567 = O16 of 2570 by code
 * and topic. It carries only through items of years from Y on, so two items an earlier year's item was split into do
 * not become one. The same code with another topic is never the same item unless the crosswalk says so.
 */
public final class SameItems {

    /** White space, including the no-break and zero-width spaces Thai text copied from PDFs carries. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}\\u200B]+");

    private final List<ItemCrosswalk> links;

    /** @param links the crosswalk of ONE office (another office's entries would join its items to this one's) */
    public SameItems(Collection<ItemCrosswalk> links) {
        this.links = List.copyOf(links);
    }

    /** The topic as compared: trimmed, every run of white space one space. */
    public static String normalisedTopic(String topic) {
        return topic == null ? "" : WHITE_SPACE.matcher(topic).replaceAll(" ").trim();
    }

    /** Whether two items have the same code and the same topic (whatever their years). */
    public static boolean sameCodeAndTopic(Item a, Item b) {
        return Key.of(a).equals(Key.of(b));
    }

    /**
     * The items that are the same as {@code item} of year {@code beYear}. The caller asks only about items of years
     * from {@code beYear} on (a measure of an earlier year addresses nothing of a later one).
     */
    public Predicate<Item> as(Item item, int beYear) {
        Set<Long> ids = new HashSet<>();
        Set<Key> keys = new HashSet<>();
        ids.add(item.getId());
        keys.add(Key.of(item));
        Predicate<Item> reached = i -> ids.contains(i.getId()) || keys.contains(Key.of(i));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (ItemCrosswalk link : links) {
                if (link.getFrom().getFiscalYear().getBeYear() < beYear || link.getTo().getFiscalYear().getBeYear() < beYear) {
                    continue;
                }
                boolean from = reached.test(link.getFrom());
                boolean to = reached.test(link.getTo());
                if (from != to) {
                    Item other = from ? link.getTo() : link.getFrom();
                    ids.add(other.getId());
                    keys.add(Key.of(other));
                    grown = true;
                }
            }
        }
        return reached;
    }

    private record Key(String code, String topic) {
        static Key of(Item item) {
            return new Key(item.getCode(), normalisedTopic(item.getTopicTh()));
        }
    }
}
