package io.omnipim.ui.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The grid's URLs: what a bookmark, the sort headers and the pager carry. */
class GridQueryTest {

    private static GridQuery query(String sort, String after, List<String> back) {
        return new GridQuery("écharpe laine", "ecommerce", "fr_FR", List.of("clothing"), List.of(), List.of(),
                List.of("incomplete"), List.of(), sort, after, back);
    }

    @Test
    void sortingACloumnTwiceReversesItAndStartsAgainFromPageOne() {
        GridQuery byLabel = query("label:asc", "cursor2", List.of("cursor1"));
        assertThat(byLabel.sortUrl("label")).contains("sort=label%3Adesc").doesNotContain("after=");
        assertThat(byLabel.sortUrl("family")).contains("sort=family%3Aasc");
        assertThat(byLabel.sortUrl("label")).contains("q=%C3%A9charpe+laine").contains("family=clothing")
                .contains("completeness=incomplete").contains("locale=fr_FR");
    }

    @Test
    void nextAndPreviousWalkTheCursorStack() {
        GridQuery first = query(null, null, List.of());
        assertThat(first.pageNumber()).isEqualTo(1);
        assertThat(first.previousUrl()).isNull();
        assertThat(first.nextUrl("c1")).contains("after=c1").doesNotContain("back=");

        GridQuery third = query(null, "c2", List.of("c1"));
        assertThat(third.pageNumber()).isEqualTo(3);
        assertThat(third.nextUrl("c3")).contains("after=c3").contains("back=c1%2Cc2");
        assertThat(third.previousUrl()).contains("after=c1").doesNotContain("back=");
        assertThat(query(null, "c1", List.of()).previousUrl()).doesNotContain("after=");
    }

    @Test
    void deepPagesKeepAShortUrlAndTheirPageNumber() {
        GridQuery page = query(null, null, List.of());
        for (int n = 1; n <= 500; n++) {
            String next = page.nextUrl("cursor-" + String.format("%04d", n) + "-" + "x".repeat(60));
            assertThat(next.length()).as("URL of page %d", n + 1).isLessThan(1500);
            page = fromUrl(next);
        }
        assertThat(page.pageNumber()).isEqualTo(501);
        GridQuery previous = fromUrl(page.previousUrl());
        assertThat(previous.pageNumber()).isEqualTo(500);
        assertThat(previous.after()).startsWith("cursor-0499");
    }

    /** What the resource makes of a URL the grid wrote. */
    private static GridQuery fromUrl(String url) {
        String after = null;
        String back = null;
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String value = java.net.URLDecoder.decode(pair.substring(pair.indexOf('=') + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (pair.startsWith("after=")) {
                after = value;
            } else if (pair.startsWith("back=")) {
                back = value;
            }
        }
        return query(null, after, GridQuery.split(back));
    }

    @Test
    void unknownSortsAndEmptyChoicesAreDropped() {
        GridQuery q = new GridQuery(null, null, null, List.of("", "shoes", "shoes"), null, null, null, null,
                "price; DROP TABLE", null, null);
        assertThat(q.sort()).isNull();
        assertThat(q.families()).containsExactly("shoes");
        assertThat(q.everyLevel()).isFalse();
        assertThat(new GridQuery("x", null, null, null, null, null, null, null, null, null, null).everyLevel())
                .isTrue();
    }
}
