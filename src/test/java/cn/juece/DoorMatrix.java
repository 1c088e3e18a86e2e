package cn.juece;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * A table of doors and who may pass them, written as a text block: a header line whose first
 * label stands over the door's columns and whose other labels name the persons, then one line per
 * door: its columns (method, path, ...) and one expected answer per person.
 */
public final class DoorMatrix {

    private DoorMatrix() {
    }

    /**
     * One case per door and person: the door's {@code doorColumns} cells, the person and the answer
     * expected (as text; JUnit converts it to a number parameter).
     */
    public static Stream<Arguments> cases(String matrix, int doorColumns) {
        List<String> lines = matrix.lines().toList();
        List<String> persons = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(doorColumns - 1).toList();
        return lines.stream().skip(1).flatMap(line -> {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as("row %s", line).hasSize(doorColumns + persons.size());
            return IntStream.range(0, persons.size()).mapToObj(i -> {
                Object[] arguments = new Object[doorColumns + 2];
                System.arraycopy(cells, 0, arguments, 0, doorColumns);
                arguments[doorColumns] = persons.get(i);
                arguments[doorColumns + 1] = cells[doorColumns + i];
                return Arguments.of(arguments);
            });
        });
    }
}
