package io.omnipim.bulk.flat;

import java.util.List;
import java.util.stream.Collectors;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * The header line of a flat file cannot be read: every problem is listed at once, each with its column number and
 * name, so the user fixes the file in one go.
 */
public class FlatHeaderException extends PimException {

    private final transient List<HeaderProblem> problems;

    public FlatHeaderException(FlatType type, List<HeaderProblem> problems) {
        super(422, message(type, problems), problems.stream()
                .map(p -> FieldError.of(p.column() == 0 ? p.name() : "column " + p.column(), p.toString())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<HeaderProblem> problems() {
        return problems;
    }

    private static String message(FlatType type, List<HeaderProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The header of the " + type.apiName() + " file has " + count + ":\n"
                + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }
}
