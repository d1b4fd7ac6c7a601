package io.omnipim.bench;

/** One row of attribute_options.csv: a select value by code with its labels. */
record Option(String attribute, String code, Label label) {

    static Option of(String attribute, String code, String labels) {
        return new Option(attribute, code, labels.indexOf('|') >= 0 ? Label.of(labels) : Label.same(labels));
    }
}
