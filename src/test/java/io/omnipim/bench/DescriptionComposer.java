package io.omnipim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a 200–600 character description in three languages from the sentence pools: an opening with the name
 * and brand, then family and generic sentences in random order, as plain text or simple HTML.
 */
final class DescriptionComposer {

    static final int MIN_LENGTH = 200;
    static final int MAX_LENGTH = 600;

    private enum Style {
        PLAIN, PARAGRAPHS, LIST
    }

    private DescriptionComposer() {
    }

    static Label compose(Family family, Label name, String brand, SplittableRandom random) {
        Style style = Style.values()[random.nextInt(Style.values().length)];
        Label intro = Sentences.INTROS.get(random.nextInt(Sentences.INTROS.size()));
        boolean html = style != Style.PLAIN;
        Label opening = new Label(opening(intro.en(), name.en(), brand, html),
                opening(intro.fr(), name.fr(), brand, html), opening(intro.de(), name.de(), brand, html));
        List<Label> body = pickSentences(family, opening, random);
        return new Label(render(style, opening.en(), body, 0), render(style, opening.fr(), body, 1),
                render(style, opening.de(), body, 2));
    }

    /**
     * Adds shuffled sentences until every language reaches a random target length. A sentence is only taken if
     * it keeps every language under the maximum even with the HTML tags, which are counted at their worst.
     */
    private static List<Label> pickSentences(Family family, Label opening, SplittableRandom random) {
        List<Label> pool = new ArrayList<>(family.sentences().size() + Sentences.GENERIC.size());
        pool.addAll(family.sentences());
        pool.addAll(Sentences.GENERIC);
        int target = MIN_LENGTH + 30 + random.nextInt(MAX_LENGTH - MIN_LENGTH - 60);
        int[] lengths = {opening.en().length(), opening.fr().length(), opening.de().length()};
        List<Label> chosen = new ArrayList<>();
        for (int remaining = pool.size(); remaining > 0 && shortest(lengths) < target; remaining--) {
            Label sentence = pool.remove(random.nextInt(remaining));
            if (fits(lengths, sentence, chosen.size() + 1)) {
                for (int i = 0; i < 3; i++) {
                    lengths[i] += sentence.text(i).length() + 1;
                }
                chosen.add(sentence);
            }
        }
        return chosen;
    }

    private static boolean fits(int[] lengths, Label sentence, int count) {
        int worstTags = 40 + 9 * count;
        for (int i = 0; i < 3; i++) {
            if (lengths[i] + sentence.text(i).length() + 1 + worstTags > MAX_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private static int shortest(int[] lengths) {
        return Math.min(lengths[0], Math.min(lengths[1], lengths[2]));
    }

    private static String opening(String template, String name, String brand, boolean html) {
        String shownName = html ? "<strong>" + name + "</strong>" : name;
        String shownBrand = html ? brand.replace("&", "&amp;") : brand;
        return template.replace("{name}", shownName).replace("{brand}", shownBrand);
    }

    private static String render(Style style, String opening, List<Label> body, int language) {
        StringBuilder out = new StringBuilder(MAX_LENGTH + 40);
        switch (style) {
            case PARAGRAPHS :
                // the opening and the first half of the sentences, then the rest in a second paragraph
                int split = (body.size() + 1) / 2;
                out.append("<p>").append(opening);
                for (int i = 0; i < body.size(); i++) {
                    out.append(i == split ? "</p><p>" : " ").append(body.get(i).text(language));
                }
                return out.append("</p>").toString();
            case LIST :
                out.append("<p>").append(opening).append("</p><ul>");
                for (Label sentence : body) {
                    out.append("<li>").append(sentence.text(language)).append("</li>");
                }
                return out.append("</ul>").toString();
            default :
                out.append(opening);
                for (Label sentence : body) {
                    out.append(' ').append(sentence.text(language));
                }
                return out.toString();
        }
    }
}
