package io.omnipim.search.index;

/** Elasticsearch did not answer, or answered that it cannot work now (429, 5xx): try again later. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchUnavailable(String message) {
        super(message);
    }
}
