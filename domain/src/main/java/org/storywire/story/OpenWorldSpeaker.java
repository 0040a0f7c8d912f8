package org.storywire.story;

import java.util.Optional;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;

/**
 * Whom a speaker no list knows speaks for, read from the article: itself when it is one of the
 * article's salient entities ("Orvane rejected the report"); the organisation its affiliation or
 * its mention names ("ein Kerbach-Sprecher", "an Orvane spokeswoman"); and, for an office holder
 * or an organisation referred to by a common noun ("Sprecherin Delphine Arcourt", "the company",
 * "der Verein") that names no organisation, the minister of a ministry it names ("das Finanzministerium":
 * "Finanzministerin Dagmar Lohfeld"), else the organisation the statement just before spoke for ("Die PAU
 * wollte nicht kommentieren. Ihr Landesvorsitzender ..."), else the article's main organisation. Media and anonymous sources
 * speak for nobody.
 */
final class OpenWorldSpeaker {
    private OpenWorldSpeaker() {}

    static Optional<ArticleActors.Entity> speaksFor(Speaker speaker, ArticleActors article, String previousSide) {
        // An office holder the article ties to an organisation ("die Vorsitzende der Bürgerallianz, Konstanze Rehfeld") speaks for it.
        return named(speaker, article, previousSide).map(e -> article.entity(article.representative(e.key())).orElse(e));
    }

    private static Optional<ArticleActors.Entity> named(Speaker speaker, ArticleActors article, String previousSide) {
        if (speaker == null || speaker.kind() == SpeakerKind.MEDIA || speaker.kind() == SpeakerKind.ANONYMOUS) return Optional.empty();
        Optional<ArticleActors.Entity> own = Optional.ofNullable(speaker.canonical()).flatMap(article::keyOf)
                .or(() -> Optional.ofNullable(speaker.mention()).flatMap(article::keyOf))
                .flatMap(article::entity);
        // A report source publishes; a place's residents or officials unnamed speak for no party of the story.
        if (own.isPresent() && (own.get().isReportSource() || own.get().place())) return Optional.empty();
        String words = String.join(" ", nonNull(speaker.mention()), nonNull(speaker.canonical()));
        // "Vorstandschef Lukas Ferner", "Harlow Motors chief executive Dana Reyes": the holder of an office speaks for the
        // organisation the office belongs to, however often the article names the holder. A holder the article already ties
        // to an organisation ("BA-Landeschefin") is mapped to it by speaksFor; a minister is the principal of the ministry
        // (the ministry speaks for the minister, as the design has it).
        boolean speaksForOffice = own.isPresent() && own.get().holdsRole() && article.representative(own.get().key()).equals(own.get().key())
                && !words.toLowerCase(java.util.Locale.ROOT).contains(MINISTER) && !article.holdsOffice(own.get().key(), MINISTER);
        if (own.isPresent() && !speaksForOffice && FeatureReader.salientNamed(article, own.get().name()).contains(own.get().key())) return own;
        Optional<ArticleActors.Entity> affiliation = Optional.ofNullable(speaker.affiliation()).flatMap(article::keyOf).flatMap(article::entity)
                .filter(e -> own.isEmpty() || !e.key().equals(own.get().key()));
        if (affiliation.isPresent()) return affiliation;
        // A ministry speaking by itself ("Das Bauministerium wies den Bericht zurück") is its minister's office, as its spokesman is.
        Optional<String> minister = article.holderOfMinistry(words);
        Optional<String> administrationHead = article.headOfAdministration(words);
        boolean office = own.map(ArticleActors.Entity::holdsRole).orElse(false)
                || NameWords.namesRole(words) || NameWords.namesOrganisationNoun(words) || minister.isPresent() || administrationHead.isPresent();
        if (office) {
            Optional<ArticleActors.Entity> named = article.keysNamedOrDerived(speaker.mention()).stream()
                    .filter(k -> own.isEmpty() || !k.equals(own.get().key())).findFirst().flatMap(article::entity);
            if (named.isPresent()) return named;
            Optional<ArticleActors.Entity> ministerEntity = minister.flatMap(article::entity);
            if (ministerEntity.isPresent()) return ministerEntity;
            Optional<ArticleActors.Entity> head = administrationHead.flatMap(article::entity);
            if (head.isPresent()) return head;
            Optional<ArticleActors.Entity> previous = Optional.ofNullable(previousSide).flatMap(article::entity)
                    .filter(e -> !e.person() && !e.isReportSource() && (own.isEmpty() || !e.key().equals(own.get().key())));
            if (previous.isPresent()) return previous;
            Optional<ArticleActors.Entity> main = article.mainOrganisation().filter(m -> own.isEmpty() || !m.key().equals(own.get().key()));
            if (main.isPresent()) return main;
        }
        return own;
    }

    private static final String MINISTER = "minister";

    /**
     * Whose position a statement of {@code speaker}, speaking for {@code entity}, is: the entity's, or for a body of
     * it ("the works council", "der Betriebsrat der Kessler AG") the body's own, named with the organisation it
     * belongs to: it represents the staff, so its word is not the organisation's and does not replace the
     * organisation's denial.
     */
    static String party(Speaker speaker, ArticleActors.Entity entity) {
        String words = speaker == null ? "" : String.join(" ", nonNull(speaker.mention()), nonNull(speaker.canonical()));
        return NameWords.bodyNamed(words).map(body -> body + " (" + entity.name() + ")").orElse(entity.name());
    }

    private static String nonNull(String s) { return s == null ? "" : s; }
}
