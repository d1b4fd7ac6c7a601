package io.omnipim.platform.job;

/**
 * One error or warning of a job, placed as precisely as the job can: the file line and column for imports, the
 * identifier for product-level problems, the property (as the API names it) for values.
 */
public record JobIssue(Long line, Integer column, String columnName, String property, String value,
        String identifier, String message, boolean warning) {

    public static JobIssue error(Long line, String message) {
        return new JobIssue(line, null, null, null, null, null, message, false);
    }

    public static JobIssue warning(Long line, String identifier, String message) {
        return new JobIssue(line, null, null, null, null, identifier, message, true);
    }
}
