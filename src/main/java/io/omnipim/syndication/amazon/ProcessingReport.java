package io.omnipim.syndication.amazon;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON processing report of a listings feed (schema v2): the issues Amazon found, each tied to a message id when it
 * concerns one message, and the summary counts. Unknown properties (e.g. the {@code items} of {@code includedData}) are
 * ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcessingReport(List<Issue> issues, Summary summary) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ProcessingReport {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    public static ProcessingReport read(InputStream in) {
        try (in) {
            return JSON.readValue(in, ProcessingReport.class);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new SpApiException("Amazon's processing report could not be read (" + why + ").", e);
        }
    }

    /** One issue; {@code attributeName} (schema v2) and {@code attributeNames} (Listings API) are both accepted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issue(Integer messageId, String sku, String code, String severity, String message,
            String attributeName, List<String> attributeNames) {

        ListingIssue toListingIssue(String forSku) {
            List<String> names = new ArrayList<>();
            if (attributeNames != null) {
                names.addAll(attributeNames);
            }
            if (attributeName != null && !names.contains(attributeName)) {
                names.add(attributeName);
            }
            return new ListingIssue(forSku, code, ListingIssue.Severity.of(severity), message, names);
        }
    }

    /** Counts of the messages of one feed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(int errors, int warnings, int messagesProcessed, int messagesAccepted,
            int messagesInvalid) {
    }
}
