package cn.juece.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The loaded layers, by region and year. Immutable once built. */
final class CalendarData {

    private final Map<String, Map<Integer, CalendarYear>> layers = new HashMap<>();

    CalendarData(Collection<CalendarYear> years) {
        for (CalendarYear year : years) {
            layers.computeIfAbsent(year.region(), region -> new TreeMap<>()).put(year.year(), year);
        }
    }

    Set<String> regions() {
        return Collections.unmodifiableSet(new TreeSet<>(layers.keySet()));
    }

    Optional<CalendarYear> layer(String region, int year) {
        return Optional.ofNullable(layers.getOrDefault(region, Map.of()).get(year));
    }

    SortedSet<Integer> years(String region) {
        return new TreeSet<>(layers.getOrDefault(region, Map.of()).keySet());
    }
}
